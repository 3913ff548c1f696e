package shop.auth.user.web;

/**
 * Formats shared by the profile requests.
 */
final class ProfileRequests {

	/**
	 * A phone number: digits with an optional leading {@code +} and the usual separators,
	 * or empty (which removes it on update).
	 */
	static final String PHONE = "|\\+?[0-9][0-9 ()./-]{3,28}[0-9]";

	/**
	 * Something other than white space.
	 */
	static final String NOT_BLANK = "(?s).*\\S.*";

	private ProfileRequests() {
	}

}
