package org.newsquiz.web.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The client's address, as forwarded by a trusted proxy when proxy address forwarding is on. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }
}
