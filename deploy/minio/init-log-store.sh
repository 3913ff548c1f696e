#!/bin/sh
# Run by docker-compose.yml's minio-init (image minio/mc): creates the log store's bucket
# and a MinIO user for log-service that may list, read, write and delete objects in that
# bucket and nothing else. Idempotent: every `docker compose up` runs it again.
set -eu

: "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}" "${LOG_STORE_S3_BUCKET:?}"
: "${LOG_STORE_S3_ACCESS_KEY:?}" "${LOG_STORE_S3_SECRET_KEY:?}"

mc alias set store http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
mc mb --ignore-existing "store/$LOG_STORE_S3_BUCKET"

policy=/tmp/log-store-policy.json
cat > "$policy" <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetBucketLocation", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::$LOG_STORE_S3_BUCKET"]
    },
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
      "Resource": ["arn:aws:s3:::$LOG_STORE_S3_BUCKET/*"]
    }
  ]
}
JSON
mc admin policy create store shop-log-store "$policy"
mc admin user add store "$LOG_STORE_S3_ACCESS_KEY" "$LOG_STORE_S3_SECRET_KEY"
mc admin policy attach store shop-log-store --user "$LOG_STORE_S3_ACCESS_KEY" 2>/dev/null \
  || echo "policy shop-log-store already attached to $LOG_STORE_S3_ACCESS_KEY"
echo "log store: bucket $LOG_STORE_S3_BUCKET, user $LOG_STORE_S3_ACCESS_KEY"
