package id.sipetruk.web;

import id.sipetruk.assessment.EvidenceService;
import id.sipetruk.common.FileSizes;
import id.sipetruk.common.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

/**
 * An upload bigger than the servlet container accepts (spring.servlet.multipart.*) fails before any controller
 * is chosen, so this advice cannot be limited to a package: it sends an evidence upload back to its dossier page
 * with the Indonesian message; any other oversized request keeps Spring's answer (413).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EvidenceUploadLimitAdvice {

    private static final Pattern UPLOAD = Pattern.compile("^/berkas/([^/]+)/data-dukung/?$");

    private final EvidenceService evidence;

    public EvidenceUploadLimitAdvice(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String message = Messages.get("evidence.upload.tooLarge", FileSizes.format(evidence.maxFileSize()),
                FileSizes.format(evidence.maxTotalSize()));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher upload = UPLOAD.matcher(path);
        if (upload.matches()) {
            RequestContextUtils.getOutputFlashMap(request).put(EvidenceController.ERROR, message);
            String code = UriUtils.decode(upload.group(1), StandardCharsets.UTF_8);
            return new ModelAndView(EvidenceController.dossier(code));
        }
        throw e; // not an evidence upload: Spring's own handling (413)
    }
}
