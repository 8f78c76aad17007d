package org.opentvs.platform.fuzz;

/**
 * One request of the fuzzer and what must come back: {@code status} 0 means any answer below 500;
 * otherwise that status, with {@code code} and {@code field} when they are not null.
 */
public record FuzzCase(String kind, String method, String path, String contentType, byte[] body, int status, String code, String field) {

    public static FuzzCase any(String kind, String method, String path, String contentType, byte[] body) {
        return new FuzzCase(kind, method, path, contentType, body, 0, null, null);
    }

    public String describe() {
        return kind + " " + method + " " + path + " (" + contentType + ")"
                + (status == 0 ? "" : " expecting " + status + " " + code + " " + field);
    }
}
