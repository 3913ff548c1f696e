/**
 * Where operators reach the gateway: the actuator (metrics, info, health) on the
 * management port, and on the public port only the health that probes and health-service
 * ask for.
 */
package shop.gateway.management;
