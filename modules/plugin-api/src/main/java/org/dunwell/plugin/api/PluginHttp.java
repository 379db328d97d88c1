package org.dunwell.plugin.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * HTTP for plugins through the host: a request without its own timeout gets the host's, and a failure to
 * connect or a timeout comes back as {@link RetryLaterException}. The answer's status is the plugin's to read.
 */
public interface PluginHttp {

    HttpResponse<String> send(HttpRequest request);
}
