/**
 * Shipping: the rules admins keep in the database (where, for which weights and order
 * values, by which carrier and mode, at what cost, in how many business days, with which
 * cut-off hour), and the quotes computed from them with delivery dates that skip weekends
 * and honour the cut-off in the warehouse's time zone.
 */
package shop.fulfillment.shipping;
