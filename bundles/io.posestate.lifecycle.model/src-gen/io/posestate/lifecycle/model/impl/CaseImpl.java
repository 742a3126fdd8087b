/**
 */
package io.posestate.lifecycle.model.impl;

import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.CaseValue;
import io.posestate.lifecycle.model.CasesPackage;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getMerchantNo <em>Merchant No</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getOpenedBy <em>Opened By</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getReferenceCode <em>Reference Code</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getValues <em>Values</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getMessages <em>Messages</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.CaseImpl#getTransactions <em>Transactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends MinimalEObjectImpl.Container implements Case {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected static final Scenario SCENARIO_EDEFAULT = Scenario.S1;

	/**
	 * The cached value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected Scenario scenario = SCENARIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMerchantNo() <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMerchantNo()
	 * @generated
	 * @ordered
	 */
	protected static final String MERCHANT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMerchantNo() <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMerchantNo()
	 * @generated
	 * @ordered
	 */
	protected String merchantNo = MERCHANT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = CaseStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected String assignee = ASSIGNEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedBy() <em>Opened By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String OPENED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedBy() <em>Opened By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedBy()
	 * @generated
	 * @ordered
	 */
	protected String openedBy = OPENED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant openedAt = OPENED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceCode() <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCode()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceCode() <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCode()
	 * @generated
	 * @ordered
	 */
	protected String referenceCode = REFERENCE_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> flags;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseValue> values;

	/**
	 * The cached value of the '{@link #getMessages() <em>Messages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessages()
	 * @generated
	 * @ordered
	 */
	protected EList<Message> messages;

	/**
	 * The cached value of the '{@link #getTransactions() <em>Transactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransactions()
	 * @generated
	 * @ordered
	 */
	protected EList<AffectedTransaction> transactions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario getScenario() {
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenario(Scenario newScenario) {
		Scenario oldScenario = scenario;
		scenario = newScenario == null ? SCENARIO_EDEFAULT : newScenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMerchantNo() {
		return merchantNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMerchantNo(String newMerchantNo) {
		String oldMerchantNo = merchantNo;
		merchantNo = newMerchantNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__MERCHANT_NO, oldMerchantNo, merchantNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignee() {
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(String newAssignee) {
		String oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpenedBy() {
		return openedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedBy(String newOpenedBy) {
		String oldOpenedBy = openedBy;
		openedBy = newOpenedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__OPENED_BY, oldOpenedBy, openedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedAt() {
		return openedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedAt(Instant newOpenedAt) {
		Instant oldOpenedAt = openedAt;
		openedAt = newOpenedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__OPENED_AT, oldOpenedAt, openedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceCode() {
		return referenceCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceCode(String newReferenceCode) {
		String oldReferenceCode = referenceCode;
		referenceCode = newReferenceCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__REFERENCE_CODE, oldReferenceCode, referenceCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<String>(String.class, this, CasesPackage.CASE__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.CASE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentWithInverseEList<Step>(Step.class, this, CasesPackage.CASE__STEPS, CasesPackage.STEP__CASE);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<CaseValue>(CaseValue.class, this, CasesPackage.CASE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Message> getMessages() {
		if (messages == null) {
			messages = new EObjectContainmentEList<Message>(Message.class, this, CasesPackage.CASE__MESSAGES);
		}
		return messages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AffectedTransaction> getTransactions() {
		if (transactions == null) {
			transactions = new EObjectContainmentEList<AffectedTransaction>(AffectedTransaction.class, this, CasesPackage.CASE__TRANSACTIONS);
		}
		return transactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasesPackage.CASE__STEPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSteps()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasesPackage.CASE__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case CasesPackage.CASE__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case CasesPackage.CASE__MESSAGES:
				return ((InternalEList<?>)getMessages()).basicRemove(otherEnd, msgs);
			case CasesPackage.CASE__TRANSACTIONS:
				return ((InternalEList<?>)getTransactions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.CASE__ID:
				return getId();
			case CasesPackage.CASE__SCENARIO:
				return getScenario();
			case CasesPackage.CASE__TITLE:
				return getTitle();
			case CasesPackage.CASE__SERIAL_NUMBER:
				return getSerialNumber();
			case CasesPackage.CASE__MERCHANT_NO:
				return getMerchantNo();
			case CasesPackage.CASE__STATUS:
				return getStatus();
			case CasesPackage.CASE__ASSIGNEE:
				return getAssignee();
			case CasesPackage.CASE__OPENED_BY:
				return getOpenedBy();
			case CasesPackage.CASE__OPENED_AT:
				return getOpenedAt();
			case CasesPackage.CASE__DUE_DATE:
				return getDueDate();
			case CasesPackage.CASE__CAUSE:
				return getCause();
			case CasesPackage.CASE__REFERENCE_CODE:
				return getReferenceCode();
			case CasesPackage.CASE__FLAGS:
				return getFlags();
			case CasesPackage.CASE__VERSION:
				return getVersion();
			case CasesPackage.CASE__STEPS:
				return getSteps();
			case CasesPackage.CASE__VALUES:
				return getValues();
			case CasesPackage.CASE__MESSAGES:
				return getMessages();
			case CasesPackage.CASE__TRANSACTIONS:
				return getTransactions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasesPackage.CASE__ID:
				setId((Long)newValue);
				return;
			case CasesPackage.CASE__SCENARIO:
				setScenario((Scenario)newValue);
				return;
			case CasesPackage.CASE__TITLE:
				setTitle((String)newValue);
				return;
			case CasesPackage.CASE__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case CasesPackage.CASE__MERCHANT_NO:
				setMerchantNo((String)newValue);
				return;
			case CasesPackage.CASE__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case CasesPackage.CASE__ASSIGNEE:
				setAssignee((String)newValue);
				return;
			case CasesPackage.CASE__OPENED_BY:
				setOpenedBy((String)newValue);
				return;
			case CasesPackage.CASE__OPENED_AT:
				setOpenedAt((Instant)newValue);
				return;
			case CasesPackage.CASE__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case CasesPackage.CASE__CAUSE:
				setCause((String)newValue);
				return;
			case CasesPackage.CASE__REFERENCE_CODE:
				setReferenceCode((String)newValue);
				return;
			case CasesPackage.CASE__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends String>)newValue);
				return;
			case CasesPackage.CASE__VERSION:
				setVersion((Integer)newValue);
				return;
			case CasesPackage.CASE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case CasesPackage.CASE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends CaseValue>)newValue);
				return;
			case CasesPackage.CASE__MESSAGES:
				getMessages().clear();
				getMessages().addAll((Collection<? extends Message>)newValue);
				return;
			case CasesPackage.CASE__TRANSACTIONS:
				getTransactions().clear();
				getTransactions().addAll((Collection<? extends AffectedTransaction>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasesPackage.CASE__ID:
				setId(ID_EDEFAULT);
				return;
			case CasesPackage.CASE__SCENARIO:
				setScenario(SCENARIO_EDEFAULT);
				return;
			case CasesPackage.CASE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasesPackage.CASE__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case CasesPackage.CASE__MERCHANT_NO:
				setMerchantNo(MERCHANT_NO_EDEFAULT);
				return;
			case CasesPackage.CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasesPackage.CASE__ASSIGNEE:
				setAssignee(ASSIGNEE_EDEFAULT);
				return;
			case CasesPackage.CASE__OPENED_BY:
				setOpenedBy(OPENED_BY_EDEFAULT);
				return;
			case CasesPackage.CASE__OPENED_AT:
				setOpenedAt(OPENED_AT_EDEFAULT);
				return;
			case CasesPackage.CASE__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case CasesPackage.CASE__CAUSE:
				setCause(CAUSE_EDEFAULT);
				return;
			case CasesPackage.CASE__REFERENCE_CODE:
				setReferenceCode(REFERENCE_CODE_EDEFAULT);
				return;
			case CasesPackage.CASE__FLAGS:
				getFlags().clear();
				return;
			case CasesPackage.CASE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CasesPackage.CASE__STEPS:
				getSteps().clear();
				return;
			case CasesPackage.CASE__VALUES:
				getValues().clear();
				return;
			case CasesPackage.CASE__MESSAGES:
				getMessages().clear();
				return;
			case CasesPackage.CASE__TRANSACTIONS:
				getTransactions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasesPackage.CASE__ID:
				return id != ID_EDEFAULT;
			case CasesPackage.CASE__SCENARIO:
				return scenario != SCENARIO_EDEFAULT;
			case CasesPackage.CASE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasesPackage.CASE__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case CasesPackage.CASE__MERCHANT_NO:
				return MERCHANT_NO_EDEFAULT == null ? merchantNo != null : !MERCHANT_NO_EDEFAULT.equals(merchantNo);
			case CasesPackage.CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case CasesPackage.CASE__ASSIGNEE:
				return ASSIGNEE_EDEFAULT == null ? assignee != null : !ASSIGNEE_EDEFAULT.equals(assignee);
			case CasesPackage.CASE__OPENED_BY:
				return OPENED_BY_EDEFAULT == null ? openedBy != null : !OPENED_BY_EDEFAULT.equals(openedBy);
			case CasesPackage.CASE__OPENED_AT:
				return OPENED_AT_EDEFAULT == null ? openedAt != null : !OPENED_AT_EDEFAULT.equals(openedAt);
			case CasesPackage.CASE__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case CasesPackage.CASE__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
			case CasesPackage.CASE__REFERENCE_CODE:
				return REFERENCE_CODE_EDEFAULT == null ? referenceCode != null : !REFERENCE_CODE_EDEFAULT.equals(referenceCode);
			case CasesPackage.CASE__FLAGS:
				return flags != null && !flags.isEmpty();
			case CasesPackage.CASE__VERSION:
				return version != VERSION_EDEFAULT;
			case CasesPackage.CASE__STEPS:
				return steps != null && !steps.isEmpty();
			case CasesPackage.CASE__VALUES:
				return values != null && !values.isEmpty();
			case CasesPackage.CASE__MESSAGES:
				return messages != null && !messages.isEmpty();
			case CasesPackage.CASE__TRANSACTIONS:
				return transactions != null && !transactions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", scenario: ");
		result.append(scenario);
		result.append(", title: ");
		result.append(title);
		result.append(", serialNumber: ");
		result.append(serialNumber);
		result.append(", merchantNo: ");
		result.append(merchantNo);
		result.append(", status: ");
		result.append(status);
		result.append(", assignee: ");
		result.append(assignee);
		result.append(", openedBy: ");
		result.append(openedBy);
		result.append(", openedAt: ");
		result.append(openedAt);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", cause: ");
		result.append(cause);
		result.append(", referenceCode: ");
		result.append(referenceCode);
		result.append(", flags: ");
		result.append(flags);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
