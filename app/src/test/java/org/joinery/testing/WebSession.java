package org.joinery.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser session over real HTTP: cookies kept, redirects not followed, HTML asked
 * for (so error responses are pages too) and parsed with jsoup. Forms are posted the way a browser would, with their hidden CSRF token.
 */
public final class WebSession {

    /** A response and, for HTML, its parsed page. */
    public record Page(int status, String location, Document document) {

        public String errorSummary() {
            Element summary = document.selectFirst(".govuk-error-summary");
            return summary == null ? "" : summary.text();
        }

        public String inlineError(String field) {
            Element error = document.getElementById(field + "-error");
            return error == null ? "" : error.text();
        }

        public String banner() {
            Element banner = document.selectFirst(".govuk-notification-banner");
            return banner == null ? "" : banner.text();
        }
    }

    private final String base;
    private final HttpClient http;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** A file download as it arrives: status, headers and body text, not parsed as a page. */
    public HttpResponse<String> download(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fetches the page, fills in the form that posts to {@code action} and submits it with its hidden fields. */
    public Page submit(String pagePath, String action, List<Map.Entry<String, String>> fields) {
        Page page = get(pagePath);
        Element form = page.document().selectFirst("form[action=\"" + action + "\"]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + pagePath + " (status " + page.status() + ")");
        }
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            boolean overridden = fields.stream().anyMatch(field -> field.getKey().equals(hidden.attr("name")));
            if (!overridden) {
                all.add(Map.entry(hidden.attr("name"), hidden.attr("value")));
            }
        }
        all.addAll(fields);
        return post(action, all);
    }

    /** Posts exactly these fields: no CSRF token unless one is among them. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** One file field of a multipart form. */
    public record FilePart(String field, String fileName, byte[] content) {
    }

    /**
     * Fetches the page, fills in the multipart form that posts to {@code action} (its hidden fields, these fields
     * and files) and submits it as a browser would.
     */
    public Page submitMultipart(String pagePath, String action, List<Map.Entry<String, String>> fields, List<FilePart> files) {
        Page page = get(pagePath);
        Element form = page.document().selectFirst("form[action=\"" + action + "\"]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + pagePath + " (status " + page.status() + ")");
        }
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            if (fields.stream().noneMatch(field -> field.getKey().equals(hidden.attr("name")))) {
                all.add(Map.entry(hidden.attr("name"), hidden.attr("value")));
            }
        }
        all.addAll(fields);
        return postMultipart(action, all, files);
    }

    /** Posts exactly these fields and files as multipart/form-data: no CSRF token unless one is among them. */
    public Page postMultipart(String action, List<Map.Entry<String, String>> all, List<FilePart> files) {
        String boundary = "----joinery" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : all) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A GET as the session, with the whole response (headers and body as text), for downloads and headers. */
    public HttpResponse<String> fetch(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the first form on a page. */
    public String csrfToken(String pagePath) {
        Element token = get(pagePath).document().selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("No CSRF token on " + pagePath);
        }
        return token.attr("value");
    }

    /** A session signed in with the fixtures' password; fails the test if the sign-in does not succeed. */
    public static WebSession signedIn(int port, String username) {
        WebSession session = new WebSession(port);
        Page page = session.signIn(username, TestStaff.PASSWORD);
        if (page.location() == null || !page.location().endsWith("/")) {
            throw new AssertionError(username + " could not sign in: " + page.status() + " " + page.location());
        }
        return session;
    }

    /** The path of an absolute redirect location. */
    public static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    public Page signIn(String username, String password) {
        return submit("/sign-in", "/sign-in", List.of(Map.entry("username", username), Map.entry("password", password)));
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    Jsoup.parse(response.body(), base));
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
