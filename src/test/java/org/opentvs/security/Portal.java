package org.opentvs.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A person signed in to the portal through its login form, reading pages as a browser would (without scripts). */
final class Portal {

    private final URI root;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Portal(URI root) {
        this.root = root;
    }

    static Portal signIn(URI root, String username, String password) {
        Portal portal = new Portal(root);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = portal.send(HttpRequest.newBuilder(root.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + login.statusCode());
        }
        return portal;
    }

    HttpResponse<String> get(String page) {
        return send(HttpRequest.newBuilder(root.resolve(page)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
