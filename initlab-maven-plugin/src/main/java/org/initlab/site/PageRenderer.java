package org.initlab.site;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** Thymeleaf, resolving a user's template of the same name before the one in the plugin jar. */
final class PageRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    PageRenderer(SiteSources sources) {
        int order = 1;
        if (sources.templatesDirectory() != null) {
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(sources.templatesDirectory().toAbsolutePath() + "/");
            user.setSuffix(".html");
            user.setTemplateMode(TemplateMode.HTML);
            user.setCharacterEncoding("UTF-8");
            user.setCheckExistence(true);
            user.setCacheable(false);
            user.setOrder(order++);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        builtIn.setPrefix(SiteSources.TEMPLATES);
        builtIn.setSuffix(".html");
        builtIn.setTemplateMode(TemplateMode.HTML);
        builtIn.setCharacterEncoding("UTF-8");
        builtIn.setOrder(order);
        engine.addTemplateResolver(builtIn);
    }

    String render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.ROOT);
        context.setVariables(variables);
        return engine.process(template, context);
    }
}
