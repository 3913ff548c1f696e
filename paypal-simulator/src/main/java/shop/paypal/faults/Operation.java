package shop.paypal.faults;

/**
 * The simulated operations a fault can hit.
 */
public enum Operation {

	TOKEN, CREATE_ORDER, GET_ORDER, CAPTURE, REFUND, VERIFY_WEBHOOK, APPROVE

}
