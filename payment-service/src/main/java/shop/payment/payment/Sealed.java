package shop.payment.payment;

/**
 * A PayPal identifier as stored: its ciphertext and, for the ids webhooks look payments
 * up by, its blind index.
 *
 * @param ciphertext AES-256-GCM ciphertext bound to the payment and column
 * @param index HMAC of the plaintext, or {@code null}
 */
record Sealed(String ciphertext, String index) {

}
