/* global Card */
// Browser code of the same repository, with a `Card` widget that a script tag puts on the page:
// no Sails in this package, so `Card` here is no model.
export function renderCards(cards) {
  return cards.map((card) => Card.updateOne(card)); // ok: a global of the page, not a Sails model
}
