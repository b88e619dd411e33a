"""Writes bpmn/*.bpmn with a hand-made diagram layout.

The processes are edited here (elements, flows, positions) and regenerated with
`python3 src/tools/bpmn_layout.py`, or edited directly in Camunda Modeler, in which case this script is retired.
"""
import os
from xml.sax.saxutils import escape

SIZES = {"start": (36, 36), "end": (36, 36), "timer": (36, 36), "throwSignal": (36, 36),
         "user": (120, 80), "service": (120, 80), "call": (120, 80),
         "xor": (50, 50), "and": (50, 50)}


class Process:
    def __init__(self, pid, name):
        self.pid, self.name = pid, name
        self.nodes = []        # (id, kind, name, cx, cy, attrs, inner, parent)
        self.flows = []        # (id, src, tgt, name, cond, waypoints, parent)
        self.subs = {}         # id -> (name, x, y, w, h, attrs, inner, parent)
        self.boundaries = []   # (id, attachedTo, kind, name, cx, cy, inner, cancel)
        self.signals = []

    def node(self, nid, kind, name, cx, cy, attrs="", inner="", parent=None):
        self.nodes.append((nid, kind, name, cx, cy, attrs, inner, parent))

    def sub(self, sid, name, x, y, w, h, attrs="", inner="", parent=None):
        self.subs[sid] = (name, x, y, w, h, attrs, inner, parent)

    def boundary(self, bid, attached, name, cx, cy, inner, label_left=False):
        self.boundaries.append((bid, attached, name, cx, cy, inner, label_left))

    def flow(self, fid, src, tgt, name="", cond=None, waypoints=None, parent=None):
        self.flows.append((fid, src, tgt, name, cond, waypoints, parent))

    def center(self, eid):
        for n in self.nodes:
            if n[0] == eid:
                return n[3], n[4], SIZES[n[1]]
        for b in self.boundaries:
            if b[0] == eid:
                return b[3], b[4], (36, 36)
        s = self.subs[eid]
        return s[1] + s[3] / 2, s[2] + s[4] / 2, (s[3], s[4])

    def auto_waypoints(self, src, tgt):
        sx, sy, (sw, sh) = self.center(src)
        tx, ty, (tw, th) = self.center(tgt)
        if abs(sy - ty) < 1:
            return [(sx + sw / 2, sy), (tx - tw / 2, ty)]
        if any(b[0] == src for b in self.boundaries):   # boundary events leave downwards
            return [(sx, sy + sh / 2), (sx, ty), (tx - tw / 2, ty)]
        return [(sx + sw / 2, sy), ((sx + sw / 2 + tx - tw / 2) / 2, sy),
                ((sx + sw / 2 + tx - tw / 2) / 2, ty), (tx - tw / 2, ty)]

    def element_xml(self, parent, indent):
        pad = " " * indent
        out = []
        for (nid, kind, name, cx, cy, attrs, inner, par) in self.nodes:
            if par != parent:
                continue
            tag = {"start": "startEvent", "end": "endEvent", "timer": "intermediateCatchEvent",
                   "throwSignal": "intermediateThrowEvent", "user": "userTask", "service": "serviceTask",
                   "call": "callActivity", "xor": "exclusiveGateway", "and": "parallelGateway"}[kind]
            incoming = "".join(f"\n{pad}  <bpmn:incoming>{f[0]}</bpmn:incoming>" for f in self.flows if f[2] == nid)
            outgoing = "".join(f"\n{pad}  <bpmn:outgoing>{f[0]}</bpmn:outgoing>" for f in self.flows if f[1] == nid)
            # BPMN's schema wants extensionElements before incoming/outgoing, event definitions and loops after
            ext, rest = "", inner.strip()
            if rest.startswith("<bpmn:extensionElements>"):
                cut = rest.index("</bpmn:extensionElements>") + len("</bpmn:extensionElements>")
                ext, rest = rest[:cut], rest[cut:].strip()
            indent_ = lambda text: ("\n" + pad + "  " + text.replace("\n", "\n" + pad + "  ")) if text else ""
            body = indent_(ext) + incoming + outgoing + indent_(rest)
            out.append(f'{pad}<bpmn:{tag} id="{nid}" name="{escape(name)}"{attrs}>{body}\n{pad}</bpmn:{tag}>')
        for (bid, attached, name, cx, cy, inner, _left) in self.boundaries:
            if self.parent_of(attached) != parent:
                continue
            outgoing = "".join(f"\n{pad}  <bpmn:outgoing>{f[0]}</bpmn:outgoing>" for f in self.flows if f[1] == bid)
            out.append(f'{pad}<bpmn:boundaryEvent id="{bid}" name="{escape(name)}" attachedToRef="{attached}">{outgoing}'
                       f'\n{pad}  {inner.strip()}\n{pad}</bpmn:boundaryEvent>')
        for sid, (name, x, y, w, h, attrs, inner, par) in self.subs.items():
            if par != parent:
                continue
            incoming = "".join(f"\n{pad}  <bpmn:incoming>{f[0]}</bpmn:incoming>" for f in self.flows if f[2] == sid)
            outgoing = "".join(f"\n{pad}  <bpmn:outgoing>{f[0]}</bpmn:outgoing>" for f in self.flows if f[1] == sid)
            children = "\n".join(self.element_xml(sid, indent + 2))
            out.append(f'{pad}<bpmn:subProcess id="{sid}" name="{escape(name)}"{attrs}>{incoming}{outgoing}\n'
                       f'{pad}  {inner.strip()}\n{children}\n{pad}</bpmn:subProcess>')
        for (fid, src, tgt, name, cond, wps, par) in self.flows:
            if par != parent:
                continue
            nm = f' name="{escape(name)}"' if name else ""
            if cond:
                out.append(f'{pad}<bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{src}" targetRef="{tgt}">\n'
                           f'{pad}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}</bpmn:conditionExpression>\n'
                           f'{pad}</bpmn:sequenceFlow>')
            else:
                out.append(f'{pad}<bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{src}" targetRef="{tgt}" />')
        return out

    def parent_of(self, eid):
        for n in self.nodes:
            if n[0] == eid:
                return n[7]
        if eid in self.subs:
            return self.subs[eid][7]
        return None

    def di_xml(self):
        out = []
        for sid, (name, x, y, w, h, *_rest) in self.subs.items():
            out.append(f'      <bpmndi:BPMNShape id="{sid}_di" bpmnElement="{sid}" isExpanded="true">\n'
                       f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />\n      </bpmndi:BPMNShape>')
        for (nid, kind, name, cx, cy, *_rest) in self.nodes:
            w, h = SIZES[kind]
            extra = ' isMarkerVisible="true"' if kind == "xor" else ""
            label = ""
            if kind in ("start", "end", "timer", "throwSignal", "xor", "and") and name:
                label = (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{cx - 50}" y="{cy + h / 2 + 4}" width="100" height="27" />'
                         f'\n        </bpmndi:BPMNLabel>')
            out.append(f'      <bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{extra}>\n'
                       f'        <dc:Bounds x="{cx - w / 2}" y="{cy - h / 2}" width="{w}" height="{h}" />{label}\n      </bpmndi:BPMNShape>')
        for (bid, attached, name, cx, cy, inner, label_left) in self.boundaries:
            label_x = cx - 112 if label_left else cx + 20
            out.append(f'      <bpmndi:BPMNShape id="{bid}_di" bpmnElement="{bid}">\n'
                       f'        <dc:Bounds x="{cx - 18}" y="{cy - 18}" width="36" height="36" />\n'
                       f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{label_x}" y="{cy + 8}" width="90" height="27" />\n'
                       f'        </bpmndi:BPMNLabel>\n      </bpmndi:BPMNShape>')
        for (fid, src, tgt, name, cond, wps, par) in self.flows:
            wps = wps or self.auto_waypoints(src, tgt)
            pts = "".join(f'\n        <di:waypoint x="{x}" y="{y}" />' for x, y in wps)
            label = ""
            if name:
                lx, ly = wps[0][0] + 8, wps[0][1] + (-22 if wps[1][1] <= wps[0][1] else 4)
                if len(wps) > 2:
                    lx, ly = wps[1][0] + 6, (wps[1][1] + wps[2][1]) / 2 - 10
                label = f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{lx}" y="{ly}" width="90" height="14" />\n        </bpmndi:BPMNLabel>'
            out.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">{pts}{label}\n      </bpmndi:BPMNEdge>')
        return "\n".join(out)

    def write(self, path, process_attrs, head=""):
        elements = "\n".join(self.element_xml(None, 4))
        xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="Definitions_{self.pid}" targetNamespace="https://sipetruk.id/bpmn"
                  exporter="SI PETRUK src/tools/bpmn_layout.py" exporterVersion="1">
{head}  <bpmn:process id="{self.pid}" name="{escape(self.name)}" isExecutable="true"{process_attrs}>
{elements}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_{self.pid}">
    <bpmndi:BPMNPlane id="Plane_{self.pid}" bpmnElement="{self.pid}">
{self.di_xml()}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
        with open(path, "w", encoding="utf-8") as f:
            f.write(xml)


def form(ref):
    return f' camunda:formRef="{ref}" camunda:formRefBinding="latest"'


def listeners(bean):
    return (f'<bpmn:extensionElements>\n'
            f'  <camunda:taskListener delegateExpression="${{{bean}}}" event="create" />\n'
            f'  <camunda:taskListener delegateExpression="${{{bean}}}" event="complete" />\n'
            f'</bpmn:extensionElements>')


# after a user task whose completion reaches into scopes other people complete at the same time (a parallel
# join, a multi-instance counter): the person's input is committed first, the continuation is a job that the
# job executor retries if two completions collide (OptimisticLockingException)
ASYNC_AFTER = ' camunda:asyncAfter="true"'
RETRY = '<bpmn:extensionElements>\n  <camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>\n</bpmn:extensionElements>'
ASYNC = ' camunda:asyncBefore="true"'


def service(bean):
    return f' camunda:delegateExpression="${{{bean}}}"'


def award_period():
    p = Process("AwardPeriodProcess", "Penghargaan ASN Berprestasi (periode)")
    y = 330
    p.node("StartEvent_PeriodRequested", "start", "Periode diajukan BKPSDM", 60, y,
           ' camunda:formRef="award-period-start" camunda:formRefBinding="latest" camunda:initiator="initiator"')
    p.node("Task_RegisterPeriod", "service", "Catat periode dan rubrik", 170, y, service("registerPeriod"))
    p.node("Timer_NominationWindowOpens", "timer", "Nominasi dibuka", 300, y, "",
           '<bpmn:timerEventDefinition id="TimerDefinition_Opens">\n  <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${nominationOpensAt}</bpmn:timeDate>\n</bpmn:timerEventDefinition>')
    p.node("Task_OpenNominationWindow", "service", "Buka nominasi untuk semua OPD", 420, y, service("openNominationWindow"))
    p.node("Gateway_NominationStageSplit", "and", "", 540, y)

    # branch A: one nomination round per OPD
    p.sub("SubProcess_OpdNomination", "Nominasi per OPD", 600, 90, 700, 300, "",
          '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${opdCodes}" camunda:elementVariable="opdCode" />')
    s = "SubProcess_OpdNomination"
    p.node("StartEvent_OpdCalled", "start", "OPD diminta mengusulkan", 650, 180, parent=s)
    p.node("Task_NominateCandidates", "user", "Kepala OPD: usulkan calon", 770, 180,
           ' camunda:candidateGroups="opd-${opdCode}-head"' + form("nominate-candidates"),
           listeners("nominateCandidatesForm"), parent=s)
    p.boundary("Timer_WindowClosesForOpd", "Task_NominateCandidates", "Batas waktu nominasi", 740, 220,
               '<bpmn:timerEventDefinition id="TimerDefinition_ClosesForOpd">\n    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${nominationClosesAt}</bpmn:timeDate>\n  </bpmn:timerEventDefinition>', label_left=True)
    p.boundary("Signal_WindowClosedEarlyForOpd", "Task_NominateCandidates", "Ditutup lebih awal", 810, 220,
               '<bpmn:signalEventDefinition id="SignalDefinition_ClosedEarlyForOpd" signalRef="Signal_NominationWindowClosedEarly" />')
    p.node("Task_CollectNominations", "service", "Kumpulkan calon OPD", 930, 180, service("collectNominations"), parent=s)
    p.node("CallActivity_Nomination", "call", "Proses nominasi per calon", 1090, 180,
           ' calledElement="NominationProcess"',
           '<bpmn:extensionElements>\n'
           '  <camunda:in businessKey="${nominationService.codeOf(nominationId)}" />\n'
           '</bpmn:extensionElements>\n'
           '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${nominationIds}" camunda:elementVariable="nominationId" />',
           parent=s)
    p.node("EndEvent_OpdNominationsSettled", "end", "Semua calon OPD selesai", 1230, 180, parent=s)
    p.node("Task_RecordNoNomination", "service", "Catat: OPD tidak mengusulkan", 930, 320, service("recordNoNomination"), parent=s)
    p.node("EndEvent_NoNomination", "end", "Tidak ada usulan", 1090, 320, parent=s)
    p.flow("Flow_OpdCalled_Nominate", "StartEvent_OpdCalled", "Task_NominateCandidates", parent=s)
    p.flow("Flow_Nominate_Collect", "Task_NominateCandidates", "Task_CollectNominations", parent=s)
    p.flow("Flow_Collect_Call", "Task_CollectNominations", "CallActivity_Nomination", parent=s)
    p.flow("Flow_Call_Settled", "CallActivity_Nomination", "EndEvent_OpdNominationsSettled", parent=s)
    p.flow("Flow_WindowClosed_NoNomination", "Timer_WindowClosesForOpd", "Task_RecordNoNomination",
           waypoints=[(740, 238), (740, 320), (870, 320)], parent=s)
    p.flow("Flow_ClosedEarly_NoNomination", "Signal_WindowClosedEarlyForOpd", "Task_RecordNoNomination",
           waypoints=[(810, 238), (810, 320), (870, 320)], parent=s)
    p.flow("Flow_NoNomination_End", "Task_RecordNoNomination", "EndEvent_NoNomination", parent=s)

    # branch B: BKPSDM may close the window early; otherwise it closes on schedule
    p.node("Task_CloseNominationWindowEarly", "user", "BKPSDM: tutup nominasi lebih awal", 770, 500,
           ' camunda:candidateGroups="bkpsdm-admin"' + ASYNC_AFTER + form("close-nomination-window"),
           listeners("closeNominationWindowForm"))
    p.boundary("Timer_NominationWindowCloses", "Task_CloseNominationWindowEarly", "Nominasi ditutup sesuai jadwal", 770, 540,
               '<bpmn:timerEventDefinition id="TimerDefinition_Closes">\n    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${nominationClosesAt}</bpmn:timeDate>\n  </bpmn:timerEventDefinition>')
    p.node("SignalThrow_WindowClosedEarly", "throwSignal", "Nominasi ditutup lebih awal", 930, 500, "",
           '<bpmn:signalEventDefinition id="SignalDefinition_ThrowClosedEarly" signalRef="Signal_NominationWindowClosedEarly" />')
    p.node("Gateway_WindowClosed", "xor", "", 1090, 500)
    p.node("Gateway_NominationStageJoin", "and", "", 1360, y)

    p.node("Task_ShortlistFinalists", "service", "Peringkat dan daftar finalis", 1480, y, ASYNC + service("shortlistFinalists"), RETRY)
    p.node("Gateway_AnyEligible", "xor", "Ada yang memenuhi syarat?", 1610, y)
    p.node("Task_CloseWithoutAward", "service", "Tutup periode tanpa penerima", 1740, 500, service("closeWithoutAward"))
    p.node("EndEvent_ClosedWithoutAward", "end", "Periode ditutup tanpa penerima", 1880, 500)

    p.sub("SubProcess_PanelAssessment", "Penilaian tim eksternal per finalis", 1680, 250, 440, 160, "",
          '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${finalistIds}" camunda:elementVariable="finalistId" />')
    s2 = "SubProcess_PanelAssessment"
    p.node("StartEvent_FinalistPresented", "start", "Finalis presentasi", 1730, y, parent=s2)
    p.node("Task_ScoreFinalist", "user", "Panel: nilai presentasi dan wawancara", 1890, y,
           ' camunda:assignee="${panelMemberId}"' + form("score-finalist"),
           listeners("scoreFinalistForm") + '\n<bpmn:multiInstanceLoopCharacteristics camunda:asyncAfter="true" camunda:collection="${panelMemberIds}" camunda:elementVariable="panelMemberId" />',
           parent=s2)
    p.node("EndEvent_FinalistScored", "end", "Finalis dinilai", 2060, y, parent=s2)
    p.flow("Flow_Presented_Score", "StartEvent_FinalistPresented", "Task_ScoreFinalist", parent=s2)
    p.flow("Flow_Score_Scored", "Task_ScoreFinalist", "EndEvent_FinalistScored", parent=s2)

    p.node("Task_AggregatePanelScores", "service", "Hitung nilai panel dan peringkat akhir", 2210, y, service("aggregatePanelScores"))
    p.node("Gateway_ProposalMerge", "xor", "", 2340, y)
    p.node("Task_ProposeAwardees", "user", "BKPSDM: usulkan penerima penghargaan", 2460, y,
           ' camunda:candidateGroups="bkpsdm-admin"' + form("propose-awardees"), listeners("proposeAwardeesForm"))
    p.node("Task_GenerateDecreeDraft", "service", "Buat draf SK Bupati", 2620, y, ASYNC + service("generateDecreeDraft"), RETRY)
    p.node("Task_ApproveDecree", "user", "Bupati: tetapkan SK", 2780, y,
           ' camunda:candidateGroups="bupati"' + form("approve-decree"), listeners("approveDecreeForm"))
    p.node("Gateway_DecreeApproved", "xor", "SK disetujui?", 2910, y)
    p.node("Task_IssueDecree", "service", "Terbitkan SK bernomor", 3040, y, ASYNC + service("issueDecree"), RETRY)
    p.node("Task_RecordCeremony", "user", "BKPSDM: catat upacara penyerahan", 3200, y,
           ' camunda:candidateGroups="bkpsdm-admin"' + form("record-ceremony"), listeners("recordCeremonyForm"))
    p.node("Task_GenerateCertificates", "service", "Buat piagam dan catat status akhir", 3360, y,
           ASYNC + service("generateCertificates"), RETRY)
    p.node("EndEvent_AwardPeriodCompleted", "end", "Periode selesai", 3500, y)

    p.flow("Flow_Start_Register", "StartEvent_PeriodRequested", "Task_RegisterPeriod")
    p.flow("Flow_Register_WaitOpening", "Task_RegisterPeriod", "Timer_NominationWindowOpens")
    p.flow("Flow_Opened_Open", "Timer_NominationWindowOpens", "Task_OpenNominationWindow")
    p.flow("Flow_Open_Split", "Task_OpenNominationWindow", "Gateway_NominationStageSplit")
    p.flow("Flow_Split_Opd", "Gateway_NominationStageSplit", "SubProcess_OpdNomination",
           waypoints=[(540, 305), (540, 240), (600, 240)])
    p.flow("Flow_Split_CloseEarly", "Gateway_NominationStageSplit", "Task_CloseNominationWindowEarly",
           waypoints=[(540, 355), (540, 500), (710, 500)])
    p.flow("Flow_CloseEarly_Signal", "Task_CloseNominationWindowEarly", "SignalThrow_WindowClosedEarly")
    p.flow("Flow_Signal_Closed", "SignalThrow_WindowClosedEarly", "Gateway_WindowClosed")
    p.flow("Flow_ClosedOnSchedule", "Timer_NominationWindowCloses", "Gateway_WindowClosed",
           waypoints=[(770, 558), (770, 600), (1090, 600), (1090, 525)])
    p.flow("Flow_Opd_Join", "SubProcess_OpdNomination", "Gateway_NominationStageJoin",
           waypoints=[(1300, 240), (1360, 240), (1360, 305)])
    p.flow("Flow_Closed_Join", "Gateway_WindowClosed", "Gateway_NominationStageJoin",
           waypoints=[(1115, 500), (1360, 500), (1360, 355)])
    p.flow("Flow_Join_Shortlist", "Gateway_NominationStageJoin", "Task_ShortlistFinalists")
    p.flow("Flow_Shortlist_AnyEligible", "Task_ShortlistFinalists", "Gateway_AnyEligible")
    p.flow("Flow_AnyEligible_Yes", "Gateway_AnyEligible", "SubProcess_PanelAssessment", "Ya", "${anyEligible}",
           waypoints=[(1635, y), (1680, y)])
    p.flow("Flow_AnyEligible_No", "Gateway_AnyEligible", "Task_CloseWithoutAward", "Tidak", "${!anyEligible}",
           waypoints=[(1610, 355), (1610, 500), (1680, 500)])
    p.flow("Flow_CloseWithoutAward_End", "Task_CloseWithoutAward", "EndEvent_ClosedWithoutAward")
    p.flow("Flow_Panel_Aggregate", "SubProcess_PanelAssessment", "Task_AggregatePanelScores",
           waypoints=[(2120, y), (2150, y)])
    p.flow("Flow_Aggregate_Merge", "Task_AggregatePanelScores", "Gateway_ProposalMerge")
    p.flow("Flow_Merge_Propose", "Gateway_ProposalMerge", "Task_ProposeAwardees")
    p.flow("Flow_Propose_Draft", "Task_ProposeAwardees", "Task_GenerateDecreeDraft")
    p.flow("Flow_Draft_Approve", "Task_GenerateDecreeDraft", "Task_ApproveDecree")
    p.flow("Flow_Approve_Decision", "Task_ApproveDecree", "Gateway_DecreeApproved")
    p.flow("Flow_DecreeApproved_Yes", "Gateway_DecreeApproved", "Task_IssueDecree", "Disetujui", "${decreeApproved}")
    p.flow("Flow_DecreeApproved_No", "Gateway_DecreeApproved", "Gateway_ProposalMerge", "Dikembalikan", "${!decreeApproved}",
           waypoints=[(2910, 305), (2910, 210), (2340, 210), (2340, 305)])
    p.flow("Flow_Issue_Ceremony", "Task_IssueDecree", "Task_RecordCeremony")
    p.flow("Flow_Ceremony_Certificates", "Task_RecordCeremony", "Task_GenerateCertificates")
    p.flow("Flow_Certificates_End", "Task_GenerateCertificates", "EndEvent_AwardPeriodCompleted")
    head = '  <bpmn:signal id="Signal_NominationWindowClosedEarly" name="NominationWindowClosedEarly-${execution.processBusinessKey}" />\n'
    p.write("bpmn/AwardPeriodProcess.bpmn", ' camunda:historyTimeToLive="P1825D" camunda:isStartableInTasklist="true"', head)


def nomination():
    p = Process("NominationProcess", "Nominasi satu calon ASN Berprestasi")
    y = 200
    p.node("StartEvent_Nominated", "start", "Calon diusulkan", 60, y)
    p.node("Gateway_AssessmentMerge", "xor", "", 160, y)
    p.node("Task_FillAssessment", "user", "Admin OPD: isi instrumen penilaian", 290, y,
           ' camunda:candidateGroups="${nominationRoles.adminGroup(execution)}"' + form("fill-assessment"), listeners("fillAssessmentForm"))
    p.node("Task_ScoreAssessment", "service", "Hitung skor instrumen", 450, y, service("scoreAssessment"))
    p.node("Task_ReviewAssessment", "user", "Kepala OPD: nilai Team Work dan setujui", 610, y,
           ' camunda:candidateGroups="${nominationRoles.headGroup(execution)}"' + form("review-assessment"), listeners("reviewAssessmentForm"))
    p.node("Gateway_HeadApproved", "xor", "Disetujui Kepala OPD?", 740, y)
    p.node("Task_GenerateAssessmentResult", "service", "Cetak hasil penilaian", 870, y,
           ASYNC + service("generateAssessmentResult"), RETRY)
    p.node("Task_VerifyNomination", "user", "BKPSDM: verifikasi internal", 1030, y,
           ' camunda:candidateGroups="bkpsdm-verifier"' + ASYNC_AFTER + form("verify-nomination"),
           listeners("verifyNominationForm"))
    p.node("Gateway_VerificationOutcome", "xor", "Hasil verifikasi?", 1160, y)
    p.node("EndEvent_Eligible", "end", "Memenuhi syarat", 1290, y)
    p.node("EndEvent_Rejected", "end", "Ditolak", 1290, 330)

    p.flow("Flow_Nominated_Merge", "StartEvent_Nominated", "Gateway_AssessmentMerge")
    p.flow("Flow_Merge_Fill", "Gateway_AssessmentMerge", "Task_FillAssessment")
    p.flow("Flow_Fill_Score", "Task_FillAssessment", "Task_ScoreAssessment")
    p.flow("Flow_Score_Review", "Task_ScoreAssessment", "Task_ReviewAssessment")
    p.flow("Flow_Review_Decision", "Task_ReviewAssessment", "Gateway_HeadApproved")
    p.flow("Flow_HeadApproved_Yes", "Gateway_HeadApproved", "Task_GenerateAssessmentResult", "Disetujui", "${headApproved}")
    p.flow("Flow_HeadApproved_No", "Gateway_HeadApproved", "Gateway_AssessmentMerge", "Dikembalikan ke Admin OPD",
           "${!headApproved}", waypoints=[(740, 225), (740, 330), (160, 330), (160, 225)])
    p.flow("Flow_Result_Verify", "Task_GenerateAssessmentResult", "Task_VerifyNomination")
    p.flow("Flow_Verify_Outcome", "Task_VerifyNomination", "Gateway_VerificationOutcome")
    p.flow("Flow_Outcome_Eligible", "Gateway_VerificationOutcome", "EndEvent_Eligible", "Memenuhi syarat",
           "${verificationOutcome == 'ELIGIBLE'}")
    p.flow("Flow_Outcome_SendBack", "Gateway_VerificationOutcome", "Gateway_AssessmentMerge", "Dikembalikan ke OPD",
           "${verificationOutcome == 'SEND_BACK'}", waypoints=[(1160, 175), (1160, 80), (160, 80), (160, 175)])
    p.flow("Flow_Outcome_Rejected", "Gateway_VerificationOutcome", "EndEvent_Rejected", "Ditolak",
           "${verificationOutcome == 'REJECTED'}", waypoints=[(1160, 225), (1160, 330), (1272, 330)])
    p.write("bpmn/NominationProcess.bpmn", ' camunda:historyTimeToLive="P1825D" camunda:isStartableInTasklist="false"')


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(__file__), "..", ".."))
    os.makedirs("bpmn", exist_ok=True)
    award_period()
    nomination()
