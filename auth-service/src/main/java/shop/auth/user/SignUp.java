package shop.auth.user;

/**
 * A request for a new account, with exactly the fields a client may choose: roles and ids
 * are never among them.
 *
 * @param email the email, normalised and checked by the service
 * @param password the password, checked against the policy
 * @param name the name
 * @param phone the phone number, optional
 */
public record SignUp(String email, String password, String name, String phone) {

}
