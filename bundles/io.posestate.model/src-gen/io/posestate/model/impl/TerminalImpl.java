/**
 */
package io.posestate.model.impl;

import io.posestate.model.ConnectionType;
import io.posestate.model.EstatePackage;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.Phone;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalModel;
import io.posestate.model.TerminalState;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Terminal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getModelName <em>Model Name</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getTerminalModel <em>Terminal Model</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getConnection <em>Connection</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getState <em>State</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getMerchant <em>Merchant</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getMerchantNo <em>Merchant No</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getDeployedRegion <em>Deployed Region</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getActivatedAt <em>Activated At</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getBoundPhone <em>Bound Phone</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getHistory <em>History</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getReplaces <em>Replaces</em>}</li>
 *   <li>{@link io.posestate.model.impl.TerminalImpl#getReplacedBy <em>Replaced By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TerminalImpl extends MinimalEObjectImpl.Container implements Terminal {
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
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelName() <em>Model Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelName()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelName() <em>Model Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelName()
	 * @generated
	 * @ordered
	 */
	protected String modelName = MODEL_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTerminalModel() <em>Terminal Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminalModel()
	 * @generated
	 * @ordered
	 */
	protected TerminalModel terminalModel;

	/**
	 * The default value of the '{@link #getConnection() <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionType CONNECTION_EDEFAULT = ConnectionType.BLUETOOTH;

	/**
	 * The cached value of the '{@link #getConnection() <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected ConnectionType connection = CONNECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final TerminalState STATE_EDEFAULT = TerminalState.IN_STOCK;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected TerminalState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMerchant() <em>Merchant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMerchant()
	 * @generated
	 * @ordered
	 */
	protected Merchant merchant;

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
	 * The default value of the '{@link #getDeployedRegion() <em>Deployed Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeployedRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPLOYED_REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeployedRegion() <em>Deployed Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeployedRegion()
	 * @generated
	 * @ordered
	 */
	protected String deployedRegion = DEPLOYED_REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivatedAt() <em>Activated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTIVATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivatedAt() <em>Activated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivatedAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDate activatedAt = ACTIVATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBoundPhone() <em>Bound Phone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundPhone()
	 * @generated
	 * @ordered
	 */
	protected Phone boundPhone;

	/**
	 * The cached value of the '{@link #getHistory() <em>History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<LifecycleEvent> history;

	/**
	 * The cached value of the '{@link #getReplaces() <em>Replaces</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplaces()
	 * @generated
	 * @ordered
	 */
	protected Terminal replaces;

	/**
	 * The cached value of the '{@link #getReplacedBy() <em>Replaced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedBy()
	 * @generated
	 * @ordered
	 */
	protected Terminal replacedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TerminalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.TERMINAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelName() {
		return modelName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelName(String newModelName) {
		String oldModelName = modelName;
		modelName = newModelName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__MODEL_NAME, oldModelName, modelName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalModel getTerminalModel() {
		if (terminalModel != null && terminalModel.eIsProxy()) {
			InternalEObject oldTerminalModel = (InternalEObject)terminalModel;
			terminalModel = (TerminalModel)eResolveProxy(oldTerminalModel);
			if (terminalModel != oldTerminalModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.TERMINAL__TERMINAL_MODEL, oldTerminalModel, terminalModel));
			}
		}
		return terminalModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalModel basicGetTerminalModel() {
		return terminalModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminalModel(TerminalModel newTerminalModel) {
		TerminalModel oldTerminalModel = terminalModel;
		terminalModel = newTerminalModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__TERMINAL_MODEL, oldTerminalModel, terminalModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionType getConnection() {
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnection(ConnectionType newConnection) {
		ConnectionType oldConnection = connection;
		connection = newConnection == null ? CONNECTION_EDEFAULT : newConnection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__CONNECTION, oldConnection, connection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(TerminalState newState) {
		TerminalState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Merchant getMerchant() {
		if (merchant != null && merchant.eIsProxy()) {
			InternalEObject oldMerchant = (InternalEObject)merchant;
			merchant = (Merchant)eResolveProxy(oldMerchant);
			if (merchant != oldMerchant) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.TERMINAL__MERCHANT, oldMerchant, merchant));
			}
		}
		return merchant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Merchant basicGetMerchant() {
		return merchant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMerchant(Merchant newMerchant) {
		Merchant oldMerchant = merchant;
		merchant = newMerchant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__MERCHANT, oldMerchant, merchant));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__MERCHANT_NO, oldMerchantNo, merchantNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeployedRegion() {
		return deployedRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeployedRegion(String newDeployedRegion) {
		String oldDeployedRegion = deployedRegion;
		deployedRegion = newDeployedRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__DEPLOYED_REGION, oldDeployedRegion, deployedRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActivatedAt() {
		return activatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivatedAt(LocalDate newActivatedAt) {
		LocalDate oldActivatedAt = activatedAt;
		activatedAt = newActivatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__ACTIVATED_AT, oldActivatedAt, activatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phone getBoundPhone() {
		if (boundPhone != null && boundPhone.eIsProxy()) {
			InternalEObject oldBoundPhone = (InternalEObject)boundPhone;
			boundPhone = (Phone)eResolveProxy(oldBoundPhone);
			if (boundPhone != oldBoundPhone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.TERMINAL__BOUND_PHONE, oldBoundPhone, boundPhone));
			}
		}
		return boundPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phone basicGetBoundPhone() {
		return boundPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoundPhone(Phone newBoundPhone) {
		Phone oldBoundPhone = boundPhone;
		boundPhone = newBoundPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__BOUND_PHONE, oldBoundPhone, boundPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LifecycleEvent> getHistory() {
		if (history == null) {
			history = new EObjectContainmentEList<LifecycleEvent>(LifecycleEvent.class, this, EstatePackage.TERMINAL__HISTORY);
		}
		return history;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Terminal getReplaces() {
		if (replaces != null && replaces.eIsProxy()) {
			InternalEObject oldReplaces = (InternalEObject)replaces;
			replaces = (Terminal)eResolveProxy(oldReplaces);
			if (replaces != oldReplaces) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.TERMINAL__REPLACES, oldReplaces, replaces));
			}
		}
		return replaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Terminal basicGetReplaces() {
		return replaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReplaces(Terminal newReplaces, NotificationChain msgs) {
		Terminal oldReplaces = replaces;
		replaces = newReplaces;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__REPLACES, oldReplaces, newReplaces);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplaces(Terminal newReplaces) {
		if (newReplaces != replaces) {
			NotificationChain msgs = null;
			if (replaces != null)
				msgs = ((InternalEObject)replaces).eInverseRemove(this, EstatePackage.TERMINAL__REPLACED_BY, Terminal.class, msgs);
			if (newReplaces != null)
				msgs = ((InternalEObject)newReplaces).eInverseAdd(this, EstatePackage.TERMINAL__REPLACED_BY, Terminal.class, msgs);
			msgs = basicSetReplaces(newReplaces, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__REPLACES, newReplaces, newReplaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Terminal getReplacedBy() {
		if (replacedBy != null && replacedBy.eIsProxy()) {
			InternalEObject oldReplacedBy = (InternalEObject)replacedBy;
			replacedBy = (Terminal)eResolveProxy(oldReplacedBy);
			if (replacedBy != oldReplacedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.TERMINAL__REPLACED_BY, oldReplacedBy, replacedBy));
			}
		}
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Terminal basicGetReplacedBy() {
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReplacedBy(Terminal newReplacedBy, NotificationChain msgs) {
		Terminal oldReplacedBy = replacedBy;
		replacedBy = newReplacedBy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__REPLACED_BY, oldReplacedBy, newReplacedBy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacedBy(Terminal newReplacedBy) {
		if (newReplacedBy != replacedBy) {
			NotificationChain msgs = null;
			if (replacedBy != null)
				msgs = ((InternalEObject)replacedBy).eInverseRemove(this, EstatePackage.TERMINAL__REPLACES, Terminal.class, msgs);
			if (newReplacedBy != null)
				msgs = ((InternalEObject)newReplacedBy).eInverseAdd(this, EstatePackage.TERMINAL__REPLACES, Terminal.class, msgs);
			msgs = basicSetReplacedBy(newReplacedBy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.TERMINAL__REPLACED_BY, newReplacedBy, newReplacedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.TERMINAL__REPLACES:
				if (replaces != null)
					msgs = ((InternalEObject)replaces).eInverseRemove(this, EstatePackage.TERMINAL__REPLACED_BY, Terminal.class, msgs);
				return basicSetReplaces((Terminal)otherEnd, msgs);
			case EstatePackage.TERMINAL__REPLACED_BY:
				if (replacedBy != null)
					msgs = ((InternalEObject)replacedBy).eInverseRemove(this, EstatePackage.TERMINAL__REPLACES, Terminal.class, msgs);
				return basicSetReplacedBy((Terminal)otherEnd, msgs);
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
			case EstatePackage.TERMINAL__HISTORY:
				return ((InternalEList<?>)getHistory()).basicRemove(otherEnd, msgs);
			case EstatePackage.TERMINAL__REPLACES:
				return basicSetReplaces(null, msgs);
			case EstatePackage.TERMINAL__REPLACED_BY:
				return basicSetReplacedBy(null, msgs);
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
			case EstatePackage.TERMINAL__SERIAL_NUMBER:
				return getSerialNumber();
			case EstatePackage.TERMINAL__VENDOR:
				return getVendor();
			case EstatePackage.TERMINAL__MODEL_NAME:
				return getModelName();
			case EstatePackage.TERMINAL__TERMINAL_MODEL:
				if (resolve) return getTerminalModel();
				return basicGetTerminalModel();
			case EstatePackage.TERMINAL__CONNECTION:
				return getConnection();
			case EstatePackage.TERMINAL__FIRMWARE:
				return getFirmware();
			case EstatePackage.TERMINAL__STATE:
				return getState();
			case EstatePackage.TERMINAL__MERCHANT:
				if (resolve) return getMerchant();
				return basicGetMerchant();
			case EstatePackage.TERMINAL__MERCHANT_NO:
				return getMerchantNo();
			case EstatePackage.TERMINAL__DEPLOYED_REGION:
				return getDeployedRegion();
			case EstatePackage.TERMINAL__ACTIVATED_AT:
				return getActivatedAt();
			case EstatePackage.TERMINAL__BOUND_PHONE:
				if (resolve) return getBoundPhone();
				return basicGetBoundPhone();
			case EstatePackage.TERMINAL__HISTORY:
				return getHistory();
			case EstatePackage.TERMINAL__REPLACES:
				if (resolve) return getReplaces();
				return basicGetReplaces();
			case EstatePackage.TERMINAL__REPLACED_BY:
				if (resolve) return getReplacedBy();
				return basicGetReplacedBy();
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
			case EstatePackage.TERMINAL__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case EstatePackage.TERMINAL__VENDOR:
				setVendor((String)newValue);
				return;
			case EstatePackage.TERMINAL__MODEL_NAME:
				setModelName((String)newValue);
				return;
			case EstatePackage.TERMINAL__TERMINAL_MODEL:
				setTerminalModel((TerminalModel)newValue);
				return;
			case EstatePackage.TERMINAL__CONNECTION:
				setConnection((ConnectionType)newValue);
				return;
			case EstatePackage.TERMINAL__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case EstatePackage.TERMINAL__STATE:
				setState((TerminalState)newValue);
				return;
			case EstatePackage.TERMINAL__MERCHANT:
				setMerchant((Merchant)newValue);
				return;
			case EstatePackage.TERMINAL__MERCHANT_NO:
				setMerchantNo((String)newValue);
				return;
			case EstatePackage.TERMINAL__DEPLOYED_REGION:
				setDeployedRegion((String)newValue);
				return;
			case EstatePackage.TERMINAL__ACTIVATED_AT:
				setActivatedAt((LocalDate)newValue);
				return;
			case EstatePackage.TERMINAL__BOUND_PHONE:
				setBoundPhone((Phone)newValue);
				return;
			case EstatePackage.TERMINAL__HISTORY:
				getHistory().clear();
				getHistory().addAll((Collection<? extends LifecycleEvent>)newValue);
				return;
			case EstatePackage.TERMINAL__REPLACES:
				setReplaces((Terminal)newValue);
				return;
			case EstatePackage.TERMINAL__REPLACED_BY:
				setReplacedBy((Terminal)newValue);
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
			case EstatePackage.TERMINAL__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__MODEL_NAME:
				setModelName(MODEL_NAME_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__TERMINAL_MODEL:
				setTerminalModel((TerminalModel)null);
				return;
			case EstatePackage.TERMINAL__CONNECTION:
				setConnection(CONNECTION_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__STATE:
				setState(STATE_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__MERCHANT:
				setMerchant((Merchant)null);
				return;
			case EstatePackage.TERMINAL__MERCHANT_NO:
				setMerchantNo(MERCHANT_NO_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__DEPLOYED_REGION:
				setDeployedRegion(DEPLOYED_REGION_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__ACTIVATED_AT:
				setActivatedAt(ACTIVATED_AT_EDEFAULT);
				return;
			case EstatePackage.TERMINAL__BOUND_PHONE:
				setBoundPhone((Phone)null);
				return;
			case EstatePackage.TERMINAL__HISTORY:
				getHistory().clear();
				return;
			case EstatePackage.TERMINAL__REPLACES:
				setReplaces((Terminal)null);
				return;
			case EstatePackage.TERMINAL__REPLACED_BY:
				setReplacedBy((Terminal)null);
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
			case EstatePackage.TERMINAL__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case EstatePackage.TERMINAL__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case EstatePackage.TERMINAL__MODEL_NAME:
				return MODEL_NAME_EDEFAULT == null ? modelName != null : !MODEL_NAME_EDEFAULT.equals(modelName);
			case EstatePackage.TERMINAL__TERMINAL_MODEL:
				return terminalModel != null;
			case EstatePackage.TERMINAL__CONNECTION:
				return connection != CONNECTION_EDEFAULT;
			case EstatePackage.TERMINAL__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case EstatePackage.TERMINAL__STATE:
				return state != STATE_EDEFAULT;
			case EstatePackage.TERMINAL__MERCHANT:
				return merchant != null;
			case EstatePackage.TERMINAL__MERCHANT_NO:
				return MERCHANT_NO_EDEFAULT == null ? merchantNo != null : !MERCHANT_NO_EDEFAULT.equals(merchantNo);
			case EstatePackage.TERMINAL__DEPLOYED_REGION:
				return DEPLOYED_REGION_EDEFAULT == null ? deployedRegion != null : !DEPLOYED_REGION_EDEFAULT.equals(deployedRegion);
			case EstatePackage.TERMINAL__ACTIVATED_AT:
				return ACTIVATED_AT_EDEFAULT == null ? activatedAt != null : !ACTIVATED_AT_EDEFAULT.equals(activatedAt);
			case EstatePackage.TERMINAL__BOUND_PHONE:
				return boundPhone != null;
			case EstatePackage.TERMINAL__HISTORY:
				return history != null && !history.isEmpty();
			case EstatePackage.TERMINAL__REPLACES:
				return replaces != null;
			case EstatePackage.TERMINAL__REPLACED_BY:
				return replacedBy != null;
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
		result.append(" (serialNumber: ");
		result.append(serialNumber);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", modelName: ");
		result.append(modelName);
		result.append(", connection: ");
		result.append(connection);
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", state: ");
		result.append(state);
		result.append(", merchantNo: ");
		result.append(merchantNo);
		result.append(", deployedRegion: ");
		result.append(deployedRegion);
		result.append(", activatedAt: ");
		result.append(activatedAt);
		result.append(')');
		return result.toString();
	}

} //TerminalImpl
