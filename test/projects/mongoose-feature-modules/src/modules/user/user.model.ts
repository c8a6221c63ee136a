import { Schema, model } from 'mongoose';

const userSchema = new Schema({ email: { type: String, unique: true }, name: String });

export const User = model('User', userSchema);
