package org.dunwell.dunning.infrastructure;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.dunning.domain.letter.DocumentRenderer;

/**
 * Letters and statements as PDF: a Mustache template (logic-less: every figure arrives formatted, the template only
 * places it) makes XHTML, which openhtmltopdf lays out on PDFBox with the page CSS (decision 0028). Templates are
 * compiled once.
 */
@ApplicationScoped
public class PdfDocuments implements DocumentRenderer {

    private final MustacheFactory factory = new DefaultMustacheFactory("dunning/templates");
    private final Map<String, Mustache> templates = new ConcurrentHashMap<>();
    private final String css = resource("dunning/templates/document.css");

    @Override
    public byte[] pdf(String template, Map<String, Object> model) {
        Mustache mustache = templates.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("css", css);
        StringWriter html = new StringWriter();
        mustache.execute(html, scope);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the " + template + " as PDF", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
