package id.sipetruk.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running application, as a browser or curl would be: its own cookie jar (one
 * "browser" per instance), no redirect following, optional HTTP Basic login.
 */
final class Http {

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private String basic;

    Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The value of a cookie this "browser" holds, or "" */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    /** Sends every request with HTTP Basic credentials. */
    Http basic(String user, String password) {
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A page as a browser asks for it (Accept: text/html), which decides how errors are answered. */
    HttpResponse<String> page(String path) {
        return send(request(path).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON request with the webapps' CSRF header, as Tasklist sends it (after a page of the webapp was opened). */
    HttpResponse<String> webappJson(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))));
        headers.forEach(request::header);
        return send(request);
    }

    /** A multipart/form-data POST of text parts; a part named like a file ("x.bpmn") is sent as a file. */
    HttpResponse<String> postMultipart(String path, Map<String, String> parts) {
        String boundary = "----sipetruk" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        parts.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"')
                .append(name.contains(".") ? "; filename=\"" + name + "\"" : "").append("\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Logs in on SI PETRUK's login page, as a person would (the page's CSRF token included). */
    HttpResponse<String> login(String user, String password) {
        String page = get(WebSecurityConfiguration.LOGIN_PAGE).body();
        return postForm(WebSecurityConfiguration.LOGIN_PAGE,
                Map.of("username", user, "password", password, "_csrf", csrfToken(page)), Map.of());
    }

    static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
