"""A request with a long history, long names and photos, as the 民情办理单 prints it, and a
三率 sheet of a month: shared by the request printing tests and by anyone looking at them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PIL import Image

from villagedesk.core.requests.events import (
    Assignment,
    Closing,
    Escalation,
    Extension,
    FollowUp,
    Note,
    RequestEvent,
    Resolution,
    Satisfaction,
    Signing,
    Step,
)
from villagedesk.core.requests.figures import RateSheet, rate_sheet
from villagedesk.core.requests.history import replay
from villagedesk.core.requests.model import (
    Attachment,
    AttachmentKind,
    AttachmentValues,
    Handler,
    Requester,
    RequesterKind,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.record import Request, RequestDetail
from villagedesk.core.requests.state import Action

NUMBER = "CTSQ-2026-0012"
LONG_NAME = "阿不都热合曼·买买提·艾力江·吐尔逊·阿不都克里木"
ID_NUMBER = "653101199002151571"
PHONE = "13999812345"
STATION = "溪湖区河西街道彩屯社区党群服务站"
CONTENT = (
    "反映彩屯社区九组至十二组之间的主排水管道年久失修，每逢雨天污水倒灌进入居民家中，"
    "涉及住户四十余户，其中有独居老人七户、残疾人家庭三户；多次向物业公司反映未果，"
    "请求社区协调本溪市溪湖区水务局和河西街道城建办尽快组织维修，并在维修期间设置临时排水设施，"
    "同时核实受损家庭的财产损失情况，协助居民向保险公司或相关责任单位申请赔偿。"
) * 3
ASSIGNEE = Handler("欧阳娜娜", 7)
HELPER = Handler("古丽娜尔·吐尔逊", 8)
RECEIVED = datetime(2026, 5, 20, 9, 30)


def _steps() -> list[Step]:
    at = RECEIVED
    return [
        Step(
            Action.ASSIGN, at.replace(hour=10, minute=0), "赵丽华", Assignment(ASSIGNEE, (HELPER,))
        ),
        Step(Action.SIGN, at.replace(hour=10, minute=20), ASSIGNEE.name, Signing(ASSIGNEE)),
        Step(
            Action.RECORD_WORK,
            at.replace(day=21, hour=14),
            ASSIGNEE.name,
            Note("与水务局工作人员现场查看，确认九组主管道破裂，拍照留存。"),
        ),
        Step(
            Action.EXTEND,
            at.replace(day=26, hour=9),
            ASSIGNEE.name,
            Extension(datetime(2026, 6, 12), "管材需从沈阳调运，施工需要十个工作日", "赵丽华"),
        ),
        Step(
            Action.ESCALATE,
            at.replace(day=27, hour=9),
            ASSIGNEE.name,
            Escalation("河西街道城建办", "请求协调水务局列入六月维修计划。"),
        ),
        Step(
            Action.ESCALATION_REPLY,
            at.replace(day=29, hour=16),
            "街道城建办",
            Escalation("河西街道城建办", "已列入计划，六月五日开工。"),
        ),
        Step(
            Action.REPLY,
            datetime(2026, 6, 10, 11),
            ASSIGNEE.name,
            Note("管道已更换完毕，已告知诉求人维修结果及后续赔偿申请办法。"),
        ),
        Step(
            Action.FOLLOW_UP,
            datetime(2026, 6, 12, 15),
            "赵丽华",
            FollowUp(Resolution.SOLVED, Satisfaction.SATISFIED, "雨后回访，未再倒灌。"),
        ),
        Step(Action.CLOSE, datetime(2026, 6, 13, 9), "赵丽华", Closing()),
    ]


def photo_file(folder: Path, name: str, size: tuple[int, int], colour: str) -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path)
    return path


def sample_detail(
    folder: Path, *, name: str = LONG_NAME, content: str = CONTENT, ticket: str = ""
) -> tuple[RequestDetail, dict[int, Path]]:
    """The request, closed after a year's worth of steps, and its attachments' files."""
    values = RequestValues(
        content=content,
        kind=RequestType.HELP,
        urgency=Urgency.NORMAL,
        channel="民情接待日",
        ticket=ticket,
        category="基础设施",
        requester=Requester(RequesterKind.RESIDENT, 3, name, PHONE),
        household_id=2,
        essential_service=True,
        place="彩屯社区九组28号楼北侧",
        received_by="赵丽华",
        received_at=RECEIVED,
    )
    steps = _steps()
    events = tuple(RequestEvent(i, 1, s) for i, s in enumerate(steps, 1))
    progress = replay(values, steps)
    files = {
        1: photo_file(folder, "pipe.png", (1200, 800), "#3366AA"),
        2: photo_file(folder, "repaired.png", (600, 900), "#AA6633"),
        3: folder / "合同.pdf",
    }
    files[3].write_bytes(b"%PDF-1.4\n")
    attachments = (
        Attachment(1, 1, AttachmentValues("a/pipe.png", AttachmentKind.IMAGE, 1, "现场照片.png")),
        Attachment(
            2, 1, AttachmentValues("a/repaired.png", AttachmentKind.IMAGE, 1, "维修后.png"), 3
        ),
        Attachment(3, 1, AttachmentValues("a/合同.pdf", AttachmentKind.PDF, 1, "维修合同.pdf")),
    )
    request = Request(1, NUMBER, values, progress, attachments)
    return RequestDetail(request, events), files


def _month_request(
    n: int, channel: str, category: str, assignee: Handler, **progress: object
) -> Request:
    values = RequestValues(
        content=f"第{n}件诉求",
        kind=RequestType.CONSULTATION,
        urgency=Urgency.NORMAL,
        channel=channel,
        ticket="",
        category=category,
        requester=Requester(RequesterKind.NAMED, None, f"居民{n}", ""),
        household_id=None,
        essential_service=False,
        place="",
        received_by="赵丽华",
        received_at=datetime(2026, 5, n, 9),
    )
    state = replay(values, [])
    return Request(n, f"CTSQ-2026-{n:04d}", values, replace(state, assignee=assignee, **progress))


def month_requests() -> list[Request]:
    """Six requests of May 2026: two channels, two categories, two people (one a long name)."""
    solved = {"resolution": Resolution.SOLVED, "satisfaction": Satisfaction.SATISFIED}
    unsolved = {"resolution": Resolution.UNSOLVED, "satisfaction": Satisfaction.DISSATISFIED}
    done = datetime(2026, 5, 20)
    return [
        _month_request(
            1,
            "民情接待日",
            "基础设施",
            ASSIGNEE,
            signed_on_time=True,
            replied_on_time=True,
            replied_at=done,
            **solved,
        ),
        _month_request(
            2,
            "民情接待日",
            "环境卫生",
            ASSIGNEE,
            signed_on_time=False,
            replied_on_time=True,
            replied_at=done,
            reopened=1,
            **unsolved,
        ),
        _month_request(
            3,
            "12345转办",
            "基础设施",
            HELPER,
            signed_on_time=True,
            replied_on_time=False,
            replied_at=done,
            resolution=Resolution.SOLVED,
            satisfaction=Satisfaction.BASICALLY_SATISFIED,
        ),
        _month_request(4, "12345转办", "环境卫生", HELPER, signed_on_time=True),
        _month_request(
            5,
            "民情接待日",
            "基础设施",
            Handler(LONG_NAME),
            signed_on_time=True,
            replied_on_time=True,
            replied_at=done,
            **solved,
        ),
        _month_request(6, "民情接待日", "基础设施", ASSIGNEE),
    ]


def sample_rates() -> RateSheet:
    """三率 of May 2026, counted on 2026.06.05."""
    return rate_sheet(
        month_requests(),
        first=date(2026, 5, 1),
        last=date(2026, 5, 31),
        as_of=datetime(2026, 6, 5, 12),
    )
