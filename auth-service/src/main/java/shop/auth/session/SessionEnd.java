package shop.auth.session;

/**
 * Why a session ended.
 */
public enum SessionEnd {

	/**
	 * The user logged out.
	 */
	LOGOUT,

	/**
	 * An already used refresh token was presented: someone else may hold the session's
	 * tokens.
	 */
	REFRESH_TOKEN_REUSED,

	/**
	 * An admin took a role from the user; the session's tokens carry it still.
	 */
	ROLES_REVOKED,

	/**
	 * The account no longer exists.
	 */
	ACCOUNT_GONE

}
