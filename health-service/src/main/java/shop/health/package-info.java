/**
 * health-service: The aggregated health of the whole fleet.
 */
package shop.health;
