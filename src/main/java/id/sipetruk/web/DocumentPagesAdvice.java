package id.sipetruk.web;

import id.sipetruk.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** The Indonesian 404 page for SI PETRUK's own pages, and who is logged in (shown in the page header). */
@ControllerAdvice(basePackageClasses = {DocumentPagesAdvice.class, AuditTrailController.class})
public class DocumentPagesAdvice {

    @ModelAttribute("viewerName")
    public String viewerName() {
        return Viewer.current().userId();
    }

    @ExceptionHandler(PageNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ModelAndView notFound(PageNotFoundException e) {
        ModelAndView page = new ModelAndView("dokumen/tidak-ditemukan");
        page.addObject("what", e.what());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
