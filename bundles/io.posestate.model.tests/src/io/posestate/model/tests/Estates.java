package io.posestate.model.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.posestate.model.Acquirer;
import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;
import io.posestate.model.Estate;
import io.posestate.model.EstateFactory;
import io.posestate.model.Evidence;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.MerchantStatus;
import io.posestate.model.Phone;
import io.posestate.model.PhoneSource;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalModel;
import io.posestate.model.TerminalState;

/** A small valid estate: one acquirer, one merchant with two phones, one model, an active and a stocked terminal. */
final class Estates {

    static final String MERCHANT_NO = "102310054110001"; // institution 102, region 3100, MCC 5411, sequence 0001
    static final EstateFactory F = EstateFactory.eINSTANCE;

    final Estate estate = F.createEstate();
    final Acquirer acquirer = F.createAcquirer();
    final Phone phone = F.createPhone();
    final Phone backupPhone = F.createPhone();
    final Merchant merchant = F.createMerchant();
    final TerminalModel model = F.createTerminalModel();
    final Terminal active = F.createTerminal();
    final Terminal stocked = F.createTerminal();

    Estates() {
        estate.setName("East region");
        acquirer.setCode("102");
        acquirer.setName("Example Acquiring");
        acquirer.setLicenseNo("Z2004531000013");
        acquirer.setLicensed(true);
        estate.getAcquirers().add(acquirer);

        phone.setNumber("13812345678");
        phone.setStatus(PhoneStatus.ACTIVE);
        phone.setSource(PhoneSource.CARRIER);
        phone.setSince(LocalDate.of(2026, 3, 1));
        backupPhone.setNumber("+8613987654321");
        estate.getPhones().addAll(List.of(phone, backupPhone));

        merchant.setMerchantNo(MERCHANT_NO);
        merchant.setName("上海便利店有限公司");
        merchant.setMcc("5411");
        merchant.setRegion("3100");
        merchant.setAcquirer(acquirer);
        merchant.setAcquirerCode("102");
        merchant.setStatus(MerchantStatus.ACTIVE);
        merchant.setSettlementAccount("6222020200112233445");
        merchant.setAddress("上海市浦东新区 1 号");
        merchant.setPhone(phone);
        estate.getMerchants().add(merchant);

        model.setVendor("PAX");
        model.setModel("A920");
        model.getCapabilities().addAll(List.of(Capability.PIN_PAD, Capability.PRINTER, Capability.CELLULAR));
        estate.getTerminalModels().add(model);

        active.setSerialNumber("SN-000123");
        active.setVendor("PAX");
        active.setModelName("A920");
        active.setTerminalModel(model);
        active.setConnection(ConnectionType.CELLULAR);
        active.setFirmware("V1.2.3");
        active.setState(TerminalState.ACTIVE);
        active.setMerchant(merchant);
        active.setMerchantNo(MERCHANT_NO);
        active.setDeployedRegion("3100");
        active.setActivatedAt(LocalDate.of(2026, 4, 2));
        active.setBoundPhone(phone);
        LifecycleEvent created = F.createLifecycleEvent();
        created.setToState(TerminalState.IN_STOCK);
        created.setTime(Instant.parse("2026-03-30T08:00:00Z"));
        created.setActor("import");
        LifecycleEvent activated = F.createLifecycleEvent();
        activated.setFromState(TerminalState.IN_STOCK);
        activated.setToState(TerminalState.ACTIVE);
        activated.setTime(Instant.parse("2026-04-02T01:30:00Z"));
        activated.setActor("alice");
        activated.setReason("installed at merchant");
        Evidence slip = F.createEvidence();
        slip.setKind("INSTALLATION_SLIP");
        slip.setReference("slip-2026-0402-7.pdf");
        slip.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        activated.getEvidence().add(slip);
        active.getHistory().addAll(List.of(created, activated));
        estate.getTerminals().add(active);

        stocked.setSerialNumber("NL-8841-X");
        stocked.setVendor("Newland");
        stocked.setModelName("ME31");
        stocked.setConnection(ConnectionType.BLUETOOTH);
        stocked.setState(TerminalState.IN_STOCK);
        estate.getTerminals().add(stocked);
    }
}
