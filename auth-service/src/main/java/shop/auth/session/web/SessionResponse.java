package shop.auth.session.web;

import java.util.UUID;

record SessionResponse(UUID sessionId, UUID userId, boolean active) {

}
