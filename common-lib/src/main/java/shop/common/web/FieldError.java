package shop.common.web;

/**
 * One entry of a validation problem's {@code errors} list.
 *
 * @param field the path of the offending field or parameter
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {

}
