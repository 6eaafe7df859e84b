package org.joinery.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One virtual practitioner in a browser of their own: signs in as a person would (the sign-in page, its
 * CSRF token, the credentials posted, the session cookie kept), then searches and opens person pages.
 * Redirects are followed by hand so that a bounce to the sign-in page counts as the error it is.
 */
final class Practitioner {

    private static final String SESSION_COOKIE = "JOINERY_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern PERSON_LINK = Pattern.compile("href=\"/residents/([A-Za-z0-9-]+)\"");

    /** A request that did not get the answer a signed-in practitioner should. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final URI base;
    final String username;
    private final String password;
    private final Duration timeout;
    private String session;
    private String csrf;

    Practitioner(HttpClient http, URI base, String username, String password, Duration timeout) {
        this.http = http;
        this.base = base;
        this.username = username;
        this.password = password;
        this.timeout = timeout;
    }

    void signIn() throws IOException, InterruptedException, Failure {
        HttpResponse<String> page = send(get("/sign-in"));
        expect(page, 200, "the sign-in page");
        remember(page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        HttpResponse<String> signedIn = send(post("/sign-in", form));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("sign-in")) {
            throw new Failure(username + ": sign-in refused (" + signedIn.statusCode() + " to " + location + ")");
        }
        remember(signedIn);
        HttpResponse<String> find = send(get("/find"));
        expect(find, 200, "the front door");
        remember(find);
    }

    /** Posts a search; returns the Joinery IDs listed. */
    List<String> search(SearchInput input) throws IOException, InterruptedException, Failure {
        HttpResponse<String> results = send(post("/find", input.fields()));
        expect(results, 200, "a search");
        remember(results);
        List<String> found = new ArrayList<>();
        Matcher links = PERSON_LINK.matcher(results.body());
        while (links.find()) {
            found.add(links.group(1));
        }
        return found;
    }

    void person(String joineryId) throws IOException, InterruptedException, Failure {
        expect(send(get("/residents/" + joineryId)), 200, "person page " + joineryId);
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (session != null) {
            builder.header("Cookie", SESSION_COOKIE + "=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Keeps the session cookie (renewed at sign-in) and the newest CSRF token a page carries. */
    private void remember(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith(SESSION_COOKIE + "=")) {
                session = cookie.substring(SESSION_COOKIE.length() + 1).split(";", 2)[0];
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = Optional.ofNullable(token.group(1)).orElse(token.group(2));
        }
    }

    private void expect(HttpResponse<String> response, int status, String what) throws Failure {
        if (response.statusCode() != status) {
            throw new Failure(username + ": " + what + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
        }
    }
}
