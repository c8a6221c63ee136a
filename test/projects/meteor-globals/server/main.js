import '../models/cards';
import './methods';
