/**
 * The demo catalog of the local fleet: a deterministic generator of realistic wholesale
 * electronics (at least 500 products for the demo, any number for benchmarks) and a
 * loader that creates them once through the gateway's public admin API, as an admin
 * would. Plain Java: {@code java.net.http} and a small JSON helper, no framework.
 */
package shop.fleet.demo;
