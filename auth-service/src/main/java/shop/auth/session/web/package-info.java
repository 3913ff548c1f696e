/**
 * HTTP API of sessions: login, refresh, logout, and the internal session check for the
 * gateway and realtime-service.
 */
package shop.auth.session.web;
