package app.kith.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class Home {

    @GetMapping("/")
    String home() {
        return "redirect:/today";
    }
}
