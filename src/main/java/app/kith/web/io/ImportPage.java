package app.kith.web.io;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.dupes.Duplicates;
import app.kith.io.CsvColumns;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import app.kith.web.Htmx;
import app.kith.web.Option;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a contacts file: upload it, see what it would do (created, updated, merged, skipped
 * with each line's reason), then confirm. Reading and writing run as jobs while the page shows a
 * progress bar (htmx asks every second). Between preview and confirmation the file waits in the
 * store ({@link PendingImports}), named by the preview's job and its account, so the confirmation
 * may reach any server node; it is deleted once imported, dropped, or after an hour.
 */
@Controller
class ImportPage {

    private final Imports imports;
    private final ImportJobs jobs;
    private final ImportUploads uploads;
    private final PendingImports pending;
    private final Circles circles;
    private final Duplicates duplicates;
    private final Clock clock;

    ImportPage(Imports imports, ImportJobs jobs, ImportUploads uploads, PendingImports pending, Circles circles,
               Duplicates duplicates, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.uploads = uploads;
        this.pending = pending;
        this.circles = circles;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @GetMapping("/import")
    String show(Account account, Model model) {
        model.addAttribute("page", form(account, "linkedin", "", Map.of()));
        return "import";
    }

    @PostMapping("/import")
    String preview(Account account, @RequestParam(defaultValue = "linkedin") String format,
                   @RequestParam(defaultValue = "") String circle, @RequestParam(required = false) MultipartFile file,
                   Model model) {
        pending.dropAll(account.id());
        ImportFormat kind;
        try {
            kind = ImportFormat.parse("format", format);
            if (file == null || file.isEmpty()) {
                throw new Invalid("file", "Choose the file to import");
            }
        } catch (Invalid e) {
            model.addAttribute("page", form(account, format, circle, Map.of(e.field(), e.getMessage())));
            return "import";
        }
        Path saved = uploads.save(file);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "the file"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        String options = circle.isBlank() ? null : circle;
        String id = UUID.randomUUID().toString();
        try {
            pending.keep(account.id(), new PendingImports.Pending(id, name, kind, options, null), saved);
        } catch (Invalid e) {
            uploads.delete(saved);
            model.addAttribute("page", form(account, format, circle, Map.of(e.field(), e.getMessage())));
            return "import";
        }
        jobs.start(id, account.id(), name, false, saved, progress -> run(saved, progress,
                (in, p) -> imports.preview(account.id(), kind, in, new ImportOptions(options), p)));
        return "redirect:/import/jobs/" + id;
    }

    /**
     * A CSV previewed again with the columns the user picked for each field ({@code map_FIELD} =
     * a column, or nothing for none): the same uploaded file, a new preview.
     */
    @PostMapping("/import/columns")
    String columns(Account account, @RequestParam(defaultValue = "") String token,
                   @RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        PendingImports.Pending upload = pending.find(account.id(), token).orElse(null);
        Path file = uploads.newFile();
        if (upload == null || !pending.copyTo(account.id(), token, file)) {
            uploads.delete(file);
            return gone(account, response, model);
        }
        Map<String, String> mapping = new java.util.LinkedHashMap<>();
        form.forEach((key, column) -> {
            if (key.startsWith("map_") && !column.isBlank()) {
                mapping.put(key.substring(4), column);
            }
        });
        String id = UUID.randomUUID().toString();
        if (!pending.repreview(account.id(), token, id, mapping)) {
            uploads.delete(file);
            return gone(account, response, model);
        }
        jobs.start(id, account.id(), upload.fileName(), false, file, progress -> run(file, progress,
                (in, p) -> imports.preview(account.id(), upload.format(), in, new ImportOptions(upload.circle(), mapping), p)));
        return "redirect:/import/jobs/" + id;
    }

    /** A job: its progress while it runs (htmx gets the bar alone), then the preview or what it did. */
    @GetMapping("/import/jobs/{id}")
    String job(Account account, @PathVariable String id, HttpServletRequest request,
               HttpServletResponse response, Model model) {
        ImportJob job = jobs.get(account.id(), id).orElseThrow(() -> new app.kith.NotFound("No import " + id));
        if (!job.finished()) {
            model.addAttribute("page", ImportView.running(job));
            return Htmx.isHtmx(request) ? "import-progress" : "import";
        }
        if (Htmx.isHtmx(request)) {
            // The bar's last poll: the whole page again, now with the preview or the result.
            response.setHeader("HX-Refresh", "true");
        }
        if (job.error() != null) {
            pending.take(account.id(), id);
            model.addAttribute("page", form(account, "linkedin", "", Map.of(
                    job.errorField() == null || job.errorField().equals("form") ? "form" : job.errorField().equals("circle")
                            ? "circle" : "file", job.error())));
            return "import";
        }
        PendingImports.Pending waiting = job.applying() ? null : pending.find(account.id(), id).orElse(null);
        CsvColumns columns = waiting != null && waiting.format() == ImportFormat.CSV
                ? pending.read(account.id(), id, imports::columns).orElse(null) : null;
        int pairs = job.result().applied() && job.result().created() > 0 ? duplicates.duplicates(account.id()).size() : 0;
        model.addAttribute("page", ImportView.finished(job, waiting == null ? null : id, columns, pairs));
        return "import";
    }

    /** Not found (404), and said next to the field: the preview is no longer waiting, or never was this account's. */
    private String gone(Account account, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("page", form(account, "linkedin", "", Map.of("file",
                "That preview is no longer open (it was imported, another file was chosen since, or it waited more than"
                        + " an hour): choose the file again")));
        return "import";
    }

    @PostMapping("/import/confirm")
    String confirm(Account account, @RequestParam(defaultValue = "") String token, HttpServletResponse response,
                   Model model) {
        PendingImports.Pending upload = pending.find(account.id(), token).orElse(null);
        Path file = uploads.newFile();
        // Copied out, then taken: of two confirmations at once (on two nodes), only one imports.
        if (upload == null || !pending.copyTo(account.id(), token, file) || !pending.take(account.id(), token)) {
            uploads.delete(file);
            return gone(account, response, model);
        }
        String id = jobs.start(account.id(), upload.fileName(), true, file, progress -> run(file, progress,
                (in, p) -> imports.apply(account.id(), upload.format(), in, new ImportOptions(upload.circle(),
                        upload.mapping()), account.today(clock), p)));
        return "redirect:/import/jobs/" + id;
    }

    @PostMapping("/import/cancel")
    String cancel(Account account) {
        pending.dropAll(account.id());
        return "redirect:/import";
    }

    /** Reads the saved file, telling the job how much of it is read, then how many people are written. */
    private static ImportResult run(Path file, Imports.Progress progress,
                                    BiFunction<InputStream, Imports.Progress, ImportResult> work) {
        try (CountingInput in = new CountingInput(Files.newInputStream(file))) {
            long size = Math.max(1, Files.size(file));
            return work.apply(in, (stage, done, total) -> progress.report(stage,
                    stage.equals("reading") ? in.count() : done, stage.equals("reading") ? size : total));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportView form(Account account, String format, String circle, Map<String, String> errors) {
        List<Option> formats = Arrays.stream(ImportFormat.values())
                .map(f -> new Option(f.key(), f.description())).toList();
        // Your circles, and the conventional ones not made yet (they are made on first use).
        List<Circle> yours = circles.list(account.id());
        List<Option> choices = new java.util.ArrayList<>(yours.stream().map(c -> new Option(c.name(), c.rhythmDays() == null
                ? c.name() : c.name() + " (every " + c.rhythmDays() + " days)")).toList());
        Circles.conventional().forEach((name, days) -> {
            if (yours.stream().noneMatch(c -> c.name().equalsIgnoreCase(name))) {
                choices.add(new Option(name, name + " (every " + days + " days)"));
            }
        });
        return ImportView.form(format, circle, formats, choices, errors);
    }
}
