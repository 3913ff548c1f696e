/**
 * The gateway's own web plumbing: the filters every request passes and the problem
 * details it answers with.
 */
package shop.gateway.web;
