package shop.orders.order.web;

/**
 * The ids the OpenAPI examples share, so that one order reads the same across its
 * requests and answers.
 */
final class OrderExamples {

	static final String ORDER_ID = "0195f3c8-9a0b-7c1d-8e2f-3a4b5c6d7e8f";

	static final String USER_ID = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d";

	static final String PRODUCT_ID = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f";

	static final String ADDRESS_ID = "0195f3aa-6f70-7b8c-9d0e-1f2a3b4c5d6e";

	static final String CHECKOUT_TO_SAVED_ADDRESS = """
			{"shippingAddressId": "0195f3aa-6f70-7b8c-9d0e-1f2a3b4c5d6e", "deliveryMode": "express",
			 "acceptPriceChanges": false}""";

	static final String CHECKOUT_TO_NEW_ADDRESS = """
			{"shippingAddress": {"label": "Branch office", "name": "Jane Doe", "line1": "2 Harbor Way",
			                     "city": "Oakland", "region": "CA", "postalCode": "94607", "country": "US"},
			 "deliveryMode": "standard"}""";

	private OrderExamples() {
	}

}
