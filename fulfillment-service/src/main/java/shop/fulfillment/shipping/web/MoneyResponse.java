package shop.fulfillment.shipping.web;

/**
 * {@code {amount: "12.34", currency: "USD"}}.
 */
record MoneyResponse(String amount, String currency) {

}
