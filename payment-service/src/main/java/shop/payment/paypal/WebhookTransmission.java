package shop.payment.paypal;

/**
 * The signature headers PayPal sends with a webhook event.
 *
 * @param transmissionId {@code PAYPAL-TRANSMISSION-ID}
 * @param transmissionTime {@code PAYPAL-TRANSMISSION-TIME}
 * @param transmissionSig {@code PAYPAL-TRANSMISSION-SIG}
 * @param certUrl {@code PAYPAL-CERT-URL}
 * @param authAlgo {@code PAYPAL-AUTH-ALGO}
 */
public record WebhookTransmission(String transmissionId, String transmissionTime, String transmissionSig,
		String certUrl, String authAlgo) {

	/**
	 * Whether every header is there; without them nothing can be verified.
	 */
	public boolean isComplete() {
		return present(this.transmissionId) && present(this.transmissionTime) && present(this.transmissionSig)
				&& present(this.certUrl) && present(this.authAlgo);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
