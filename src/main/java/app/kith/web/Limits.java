package app.kith.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may carry ({@code kith.limits.*}): a contacts file up to {@code upload} (the
 * body of an API import, the file uploaded to the import page), anything else up to {@code body}
 * (a JSON body, a form). A larger request is refused with 413 before it is read ({@link BodyLimit}).
 */
@ConfigurationProperties("kith.limits")
record Limits(@DefaultValue("1MB") DataSize body, @DefaultValue("100MB") DataSize upload) {

    /** The import page's upload: the file, and the form's fields around it. */
    long uploadForm() {
        return upload.toBytes() + body.toBytes();
    }

    /** The refusal in words, for the page or the problem document. */
    String refusal(String path) {
        return path.startsWith("/api/v1/imports/") || path.equals("/import")
                ? "The file is larger than the " + words(upload) + " Kith takes. Split it, and import the parts one after"
                + " the other."
                : "The request is larger than the " + words(body) + " Kith takes" + (path.startsWith("/api/")
                ? "; a contacts file goes to /api/v1/imports, which takes up to " + words(upload) + "." : ".");
    }

    /** 100 MB, 512 KB, 300 bytes. */
    static String words(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
