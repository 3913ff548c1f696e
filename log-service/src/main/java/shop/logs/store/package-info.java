/**
 * Where log objects live: a local directory by default, any S3-compatible store (AWS S3,
 * MinIO, Cloudflare R2) when {@code shop.logs.store.type=s3}.
 */
package shop.logs.store;
