/**
 * The log store's health probe for health-service: write, read back and delete a small
 * object.
 */
package shop.logs.probe;
