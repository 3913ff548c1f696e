package shop.auth.user.web;

import java.util.UUID;

record InternalUserResponse(UUID userId, String email, String name) {

}
