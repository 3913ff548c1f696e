package shop.paypal.api;

/**
 * A HATEOAS link of PayPal's answers.
 *
 * @param href the target
 * @param rel its relation ({@code self}, {@code approve}, {@code capture}, {@code up})
 * @param method the HTTP method
 */
public record Link(String href, String rel, String method) {

}
