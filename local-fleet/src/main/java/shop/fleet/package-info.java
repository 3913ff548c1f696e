/**
 * local-fleet: the launcher behind {@code ./shop}. One embedded PostgreSQL with a schema
 * and a role per service, the PayPal simulator, and the twelve deployables as separate
 * JVMs, started in dependency order, watched, and stopped cleanly.
 */
package shop.fleet;
