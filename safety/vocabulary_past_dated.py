"""A past word that dates a person, not the event told (round 50, helper A95).

先月辞めた人の白いワゴンが、さっきから工場の門扉に何度もぶつかってる (wide51b, a former worker ramming the gate
now): 先月 tells when the driver left the job, and :data:`safety.vocabulary_time.PAST` read it as the event's day, so
the ramming was cancelled as past. Like :data:`safety.vocabulary_time.PAST_ACQUIRED` (a thing bought last week), the
past word and the leaving it dates are cut from the text before ``PAST`` is read - only where a person noun follows
the leaving (辞めた人, 退職した元社員, 別れた男, 引っ越していった隣の人): 先月辞めたんですが… stays past."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# The time word, then within a few words the leaving (quitting, being fired, parting, moving out), then the person.
PAST_DATES_A_PERSON = compile_folded(
    r"(?:せんしゅう|先週|せんげつ|先月|きょねん|去年|さくねん|昨年|このあいだ|こないだ|せんじつ|先日|はんとしまえ|半年前)"
    r"(?:に|で)?[^\n。、]{0,8}?"
    r"(?:やめた|辞めた|やめさせられた|辞めさせられた|たいしょくした|退職した|かいこされた|解雇された|くびになった"
    r"|クビになった|わかれた|別れた|りこんした|離婚した|ひっこした|引っ越した|ひっこしていった|引っ越していった"
    r"|でていった|出ていった|でてった|出てった)"
    r"(?:ばかりの)?(?:ひと|人(?!形|気)|おとこ|男|おんな|女|もと|元|しゃいん|社員|じゅうぎょういん|従業員|どうりょう"
    r"|同僚|かれ|彼|やつ|奴|ばいと|バイト|ぱーと|パート|となり|隣|だんな|旦那|おっと|夫)")
