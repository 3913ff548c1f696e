/**
 * The fleet's aggregated health: every service's {@code /actuator/health}, the database,
 * the cache and the log store, checked in parallel with a time limit each, judged
 * {@code UP}, {@code DEGRADED} (a non-critical part down) or {@code DOWN} (a critical one
 * down), and cached for a few seconds.
 */
package shop.health.fleet;
