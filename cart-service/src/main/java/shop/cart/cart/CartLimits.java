package shop.cart.cart;

/**
 * How much one cart may hold.
 *
 * @param maxLines the most lines
 * @param maxQuantity the most units per line
 */
record CartLimits(int maxLines, int maxQuantity) {

}
