// A legacy Meteor model file: the collection is a global every other file uses without an import.
Cards = new Mongo.Collection('cards');

Cards.helpers = function helpers(methods) {
  Object.assign(Cards, methods);
};
