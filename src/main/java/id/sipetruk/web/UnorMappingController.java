package id.sipetruk.web;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.UnorMapping;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /impor/unor: which OPD each SIASN unit (UNOR) belongs to, as the employee import suggested it, and BKPSDM's
 * correction; a unit's employees move with it. Under /impor: {@code bkpsdm-admin} and administrators only.
 */
@Controller
public class UnorMappingController {

    private final UnorMapping mapping;
    private final OpdRepository opds;

    public UnorMappingController(UnorMapping mapping, OpdRepository opds) {
        this.mapping = mapping;
        this.opds = opds;
    }

    @GetMapping("/impor/unor")
    public String show(Model model) {
        model.addAttribute("units", mapping.units());
        model.addAttribute("opds", opds.findByActiveTrueOrderByName());
        return "dokumen/impor-unor";
    }

    @PostMapping("/impor/unor/{unorCode}")
    public String place(@PathVariable String unorCode, @RequestParam("opd") String opdCode, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        try {
            int moved = mapping.place(unorCode, opdCode, Viewer.current().name());
            String opdName = opds.findByCode(opdCode).map(o -> o.getName()).orElse(opdCode);
            redirect.addFlashAttribute("message", Messages.get("unor.placed", unorCode, opdName, moved));
            return "redirect:/impor/unor";
        } catch (ValidationException refused) {
            response.setStatus(refused.status());
            model.addAttribute("error", refused.getMessage());
            return show(model);
        }
    }
}
