/**
 * The admins' log search: the index picks the objects that can match, only those are
 * read, their events filtered and paged newest first.
 */
package shop.logs.search;
