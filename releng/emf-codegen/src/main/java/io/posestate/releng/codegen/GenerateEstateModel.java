package io.posestate.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code headlessly, outside Eclipse: for each model ({@link #MODELS}: the estate model
 * {@code bundles/io.posestate.model/model/estate.genmodel} and the lifecycle cases model
 * {@code bundles/io.posestate.lifecycle.model/model/cases.genmodel}, which uses the estate model) reconciles the
 * genmodel with its {@code .ecore}, saves the genmodel and runs the EMF generator for its project types into their
 * {@code src-gen/} folders. {@code @generated NOT}
 * members survive (EMF's JMerger). The bundles' MANIFEST.MF, plugin.xml and build.properties are maintained by
 * hand: they are restored after generation and whatever the generator proposed for them is left under
 * {@code target/proposed/} for comparison.
 *
 * <p>Usage: {@code GenerateEstateModel <repository root>}. Models are generated in dependency order (the cases
 * model refers to the estate model's Evidence, Instant and LocalDate through {@code usedGenPackages}).
 */
public final class GenerateEstateModel {

    /** One genmodel and the project types generated from it. */
    private record Model(String genModel, List<Object> projectTypes) {
    }

    private static final List<Model> MODELS = List.of(
            new Model("/io.posestate.model/model/estate.genmodel",
                    List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)),
            new Model("/io.posestate.lifecycle.model/model/cases.genmodel",
                    List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)));
    private static final List<String> PROJECTS = List.of("io.posestate.model", "io.posestate.model.edit",
            "io.posestate.lifecycle.model");
    private static final List<String> HAND_MAINTAINED = List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties");

    private GenerateEstateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            fail("usage: GenerateEstateModel <repository root>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        Map<String, Path> projects = new LinkedHashMap<>();
        PROJECTS.forEach(name -> projects.put(name, bundles.resolve(name)));
        for (Map.Entry<String, Path> project : projects.entrySet()) {
            if (!Files.isDirectory(project.getValue())) {
                fail("bundle folder missing: " + project.getValue());
            }
            EcorePlugin.getPlatformResourceMap().put(project.getKey(),
                    URI.createFileURI(project.getValue().toString() + "/"));
        }
        registerStandalone();

        ResourceSet resourceSet = new ResourceSetImpl();
        for (Model model : MODELS) {
            GenModel genModel = loadAndReconcile(resourceSet, model.genModel());
            Map<Path, byte[]> handFiles = snapshot(projects.values());
            try {
                for (Object projectType : model.projectTypes()) {
                    generate(genModel, projectType);
                }
            } finally {
                restore(handFiles, root, root.resolve("releng/emf-codegen/target/proposed"));
            }
            System.out.println("Generated " + model.projectTypes() + " code for " + genModel.getModelName());
        }
    }

    /** Standalone (non-OSGi) registrations that plugin.xml files would otherwise contribute. */
    private static void registerStandalone() {
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    /** Loads the genmodel, drops what no longer exists in the Ecore model, adds what is new, and saves it. */
    private static GenModel loadAndReconcile(ResourceSet resourceSet, String path) throws IOException {
        Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(path, true), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                fail(path + ": cannot resolve the Ecore package of " + genPackage.getPrefix());
            }
            ePackages.add(ePackage);
        }
        genModel.reconcile();
        genModel.initialize(ePackages);
        genModel.setCanGenerate(true);
        Diagnostic diagnostic = genModel.diagnose();
        report(diagnostic);
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            fail(path + " is not valid; nothing generated");
        }
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
        return genModel;
    }

    private static void generate(GenModel genModel, Object projectType) {
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
        report(diagnostic);
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            fail("code generation (" + projectType + ") failed");
        }
    }

    private static Map<Path, byte[]> snapshot(Iterable<Path> projects) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Path project : projects) {
            for (String name : HAND_MAINTAINED) {
                Path file = project.resolve(name);
                files.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
            }
        }
        return files;
    }

    /** Puts hand-maintained files back as they were; keeps the generator's version aside when it differs. */
    private static void restore(Map<Path, byte[]> files, Path root, Path proposedDir) throws IOException {
        for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
            Path file = entry.getKey();
            byte[] original = entry.getValue();
            byte[] generated = Files.exists(file) ? Files.readAllBytes(file) : null;
            if (generated != null && (original == null || !Arrays.equals(original, generated))) {
                Path proposed = proposedDir.resolve(root.resolve("bundles").relativize(file));
                Files.createDirectories(proposed.getParent());
                Files.write(proposed, generated);
                System.out.println("kept hand-maintained " + root.relativize(file) + "; generator's version in "
                        + root.relativize(proposed));
            }
            if (original == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, original);
            }
        }
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            print(diagnostic, "");
        }
    }

    private static void print(Diagnostic diagnostic, String indent) {
        if (diagnostic.getMessage() != null) {
            String severity = switch (diagnostic.getSeverity()) {
                case Diagnostic.ERROR -> "ERROR";
                case Diagnostic.WARNING -> "WARNING";
                default -> "INFO";
            };
            System.out.println(indent + severity + ": " + diagnostic.getMessage());
        }
        if (diagnostic.getException() != null) {
            diagnostic.getException().printStackTrace(System.out);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, indent + "  ");
        }
    }

    private static void fail(String message) {
        System.err.println("GenerateEstateModel: " + message);
        throw new IllegalStateException(message);
    }
}
