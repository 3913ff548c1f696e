package shop.auth.user.web;

import java.util.UUID;

record SignupResponse(UUID userId, String email, String name) {

}
