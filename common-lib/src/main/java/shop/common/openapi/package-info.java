/**
 * The fleet's part of every service's OpenAPI document (springdoc): the RFC 9457
 * {@code Problem} schema, the problem responses that apply to each operation, and the
 * bearer-token scheme. Active only where springdoc is on the classpath.
 */
package shop.common.openapi;
